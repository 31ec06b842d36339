import { Alert, App, Button, List, Modal, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useMutation } from "urql";
import { combinedErrorMessage, resultError } from "../../api/errors";
import { useConnection } from "../../api/useConnection";
import type { PushFilter } from "../../gql/graphql";
import { ClaimPushDocument, ClaimPushesDocument, LinkagePushesDocument } from "./operations";
import {
  claimDueColumn,
  documentColumn,
  licenseDateColumn,
  licenseeColumn,
  type PushRow,
} from "./pushColumns";
import { ReturnModal } from "./ReturnModal";
import { useReloadOn } from "./useReloadOn";

interface ClaimOutcome {
  documentNumber: string;
  error: string | null;
}

interface Props {
  filter: PushFilter;
  refreshKey: number;
  onOpen: (pushId: string) => void;
  /** Something was claimed or returned: the other queues change too. */
  onChanged: () => void;
}

/** 待认领: pushes routed to the department, soonest claim due first (P2, P3). */
export function ClaimQueue({ filter, refreshKey, onOpen, onChanged }: Props) {
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [returning, setReturning] = useState<PushRow | null>(null);
  const [outcomes, setOutcomes] = useState<ClaimOutcome[] | null>(null);
  const [{ fetching: claiming }, claimOne] = useMutation(ClaimPushDocument);
  const [{ fetching: claimingMany }, claimMany] = useMutation(ClaimPushesDocument);
  const pushes = useConnection(
    LinkagePushesDocument,
    { filter: { ...filter, status: "TO_CLAIM" }, first: 50 },
    (data) => data.pushes,
  );
  useReloadOn(refreshKey, pushes.reload);

  const claim = async (push: PushRow) => {
    const r = await claimOne({ input: { pushId: push.id } });
    if (r.error) {
      message.error(combinedErrorMessage(r.error));
      return;
    }
    const error = resultError(r.data?.claimPush);
    if (error) message.error(error.message);
    else message.success(`已认领 ${push.documentNumber}，已生成监管任务`);
    setSelected((s) => s.filter((id) => id !== push.id));
    onChanged();
  };

  const claimSelected = async () => {
    const r = await claimMany({ input: { pushIds: selected } });
    if (r.error) {
      message.error(combinedErrorMessage(r.error));
      return;
    }
    const answer = r.data?.claimPushes;
    const error = resultError(answer);
    if (error || answer?.__typename !== "ClaimPushesSuccess") {
      message.error(error?.message ?? "批量认领失败");
      return;
    }
    const numbers = new Map(pushes.nodes.map((p) => [p.id, p.documentNumber]));
    setOutcomes(
      answer.results.map((item) => ({
        documentNumber: numbers.get(item.pushId) ?? item.pushId,
        error: resultError(item.result)?.message ?? null,
      })),
    );
    setSelected([]);
    onChanged();
  };

  const columns: ColumnsType<PushRow> = [
    documentColumn,
    licenseeColumn,
    licenseDateColumn,
    {
      title: "审批部门",
      key: "approvalDepartment",
      width: 150,
      render: (_, push) => push.approvalDepartment.name,
    },
    claimDueColumn,
    {
      title: "操作",
      key: "actions",
      fixed: "right",
      width: 170,
      render: (_, push) => (
        <Space size={0}>
          <Button type="link" size="small" loading={claiming} onClick={() => void claim(push)}>
            认领
          </Button>
          <Button type="link" size="small" danger onClick={() => setReturning(push)}>
            退回
          </Button>
          <Button type="link" size="small" onClick={() => onOpen(push.id)}>
            详情
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="claim-queue">
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          disabled={selected.length === 0}
          loading={claimingMany}
          onClick={() => void claimSelected()}
        >
          认领所选{selected.length ? `（${selected.length}）` : ""}
        </Button>
        <Typography.Text type="secondary">按认领期限由近到远排列，3 个工作日内认领</Typography.Text>
      </Space>
      {pushes.error && (
        <Alert type="error" showIcon title={pushes.error} style={{ marginBottom: 16 }} />
      )}
      <Table<PushRow>
        rowKey="id"
        scroll={{ x: "max-content" }}
        columns={columns}
        dataSource={pushes.nodes}
        loading={pushes.loading}
        pagination={false}
        size="middle"
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
        }}
        locale={{ emptyText: "没有待认领的推送" }}
      />
      {pushes.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={pushes.loadMore} loading={pushes.loading}>
            加载更多
          </Button>
        </div>
      )}
      <ReturnModal
        push={returning}
        onClose={() => setReturning(null)}
        onReturned={(documentNumber) => {
          setReturning(null);
          message.success(`已退回 ${documentNumber}，等待协调小组重新分派`);
          onChanged();
        }}
      />
      <Modal
        title="批量认领结果"
        open={outcomes !== null}
        onCancel={() => setOutcomes(null)}
        footer={
          <Button type="primary" onClick={() => setOutcomes(null)}>
            知道了
          </Button>
        }
      >
        <List
          size="small"
          dataSource={outcomes ?? []}
          renderItem={(o) => (
            <List.Item>
              <span>{o.documentNumber}</span>
              {o.error ? <Tag color="red">{o.error}</Tag> : <Tag color="green">认领成功</Tag>}
            </List.Item>
          )}
        />
      </Modal>
    </div>
  );
}
