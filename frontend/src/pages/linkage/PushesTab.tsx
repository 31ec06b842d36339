import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Input, Select, Space, Switch, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import { DecisionDrawer } from "./DecisionDrawer";
import { PUSH_STATUS_LABELS, type PushStatus } from "./labels";
import { LinkagePushesDocument } from "./operations";
import {
  claimDueColumn,
  departmentColumn,
  documentColumn,
  licenseDateColumn,
  licenseeColumn,
  statusColumn,
  taskColumn,
  type PushRow,
} from "./pushColumns";
import { PushDetailDrawer } from "./PushDetailDrawer";
import { useReloadOn } from "./useReloadOn";

const ALL = "__all__";

/** 推送记录: the approval department's pushes, with the decision form. */
export function PushesTab({ refreshKey }: { refreshKey: number }) {
  const viewer = useViewer();
  const { message } = App.useApp();
  const [status, setStatus] = useState<string>(ALL);
  const [text, setText] = useState("");
  const [overdue, setOverdue] = useState(false);
  const [recording, setRecording] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const pushes = useConnection(
    LinkagePushesDocument,
    {
      filter: {
        approvalDepartmentId: viewer.department?.id ?? null,
        status: status === ALL ? null : (status as PushStatus),
        text: text.trim() || null,
        overdue: overdue || null,
      },
      first: 50,
    },
    (data) => data.pushes,
  );
  useReloadOn(refreshKey, pushes.reload);

  const columns: ColumnsType<PushRow> = [
    documentColumn,
    licenseeColumn,
    licenseDateColumn,
    statusColumn,
    departmentColumn,
    claimDueColumn,
    taskColumn,
    {
      title: "操作",
      key: "actions",
      fixed: "right",
      width: 80,
      render: (_, push) => (
        <Button type="link" size="small" onClick={() => setOpenId(push.id)}>
          详情
        </Button>
      ),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          aria-label="推送状态"
          options={[
            { value: ALL, label: "全部状态" },
            ...Object.entries(PUSH_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Input.Search
          style={{ width: 280 }}
          placeholder="文书编号、相对人或事项"
          allowClear
          aria-label="搜索推送"
          onSearch={setText}
        />
        <Space>
          <Switch checked={overdue} onChange={setOverdue} aria-label="只看逾期" />
          只看逾期
        </Space>
        <Button icon={<ReloadOutlined />} onClick={pushes.reload}>
          刷新
        </Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
          录入审批决定
        </Button>
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
        locale={{ emptyText: "没有符合条件的推送" }}
      />
      {pushes.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={pushes.loadMore} loading={pushes.loading}>
            加载更多
          </Button>
        </div>
      )}
      <DecisionDrawer
        open={recording}
        onClose={() => setRecording(false)}
        onRecorded={(documentNumber, departmentName) => {
          setRecording(false);
          message.success(
            departmentName
              ? `已推送 ${documentNumber} 至 ${departmentName}`
              : `已保存 ${documentNumber}：无审管关联，已提交协调小组分派`,
          );
          pushes.reload();
        }}
      />
      <PushDetailDrawer pushId={openId} onClose={() => setOpenId(null)} refreshKey={refreshKey} />
    </>
  );
}
