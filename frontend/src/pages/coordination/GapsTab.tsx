import { Alert, Button, Card, Table } from "antd";
import { useEffect } from "react";
import { useConnection } from "../../api/useConnection";
import { pushColumns, TimelineButton, type PushRow } from "./columns";
import { CoordinationPushesDocument } from "./operations";
import type { ReassignTarget } from "./ReassignModal";

// 无审管关联: pushes whose handling item had no confirmed link in the catalogue
// in effect on the license date (P1); the coordination group assigns them.

export function GapsTab(props: {
  refresh: number;
  onReassign: (target: ReassignTarget) => void;
  onTimeline: (push: { id: string; documentNumber: string }) => void;
}) {
  const gaps = useConnection(
    CoordinationPushesDocument,
    { filter: { status: "ROUTING_GAP" }, first: 50 },
    (data) => data.pushes,
  );
  const { reload } = gaps;
  useEffect(() => {
    if (props.refresh > 0) reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.refresh]);
  const columns = pushColumns((push: PushRow) => (
    <>
      <Button
        type="primary"
        size="small"
        onClick={() =>
          props.onReassign({
            pushId: push.id,
            documentNumber: push.documentNumber,
            handlingItem: `${push.handlingItemCode} ${push.handlingItemName}`,
            licensee: push.licensee.name,
          })
        }
      >
        重新分派
      </Button>
      <TimelineButton onClick={() => props.onTimeline(push)} />
    </>
  ));
  return (
    <Card
      title="无审管关联的推送"
      extra="决定日生效的清单中，该业务办理项没有已确认的审管关联"
      data-testid="routing-gaps"
    >
      {gaps.error && (
        <Alert type="error" showIcon title={gaps.error} style={{ marginBottom: 16 }} />
      )}
      <Table<PushRow>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={gaps.loading}
        dataSource={gaps.nodes}
        columns={columns.filter((c) => c.key !== "department")}
        locale={{ emptyText: "没有待分派的无审管关联推送" }}
      />
      {gaps.hasNextPage && (
        <Button block style={{ marginTop: 12 }} onClick={gaps.loadMore}>
          加载更多
        </Button>
      )}
    </Card>
  );
}
