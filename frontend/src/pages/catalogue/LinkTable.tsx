import { Button, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useViewer } from "../../auth/AuthContext";
import { formatDateTime } from "../../components/format";
import type { LinkRowFragment } from "../../gql/graphql";
import { canManage, LINK_STATUS_COLORS, LINK_STATUS_LABELS } from "./labels";
import type { LinkRef } from "./LinkModals";

export type LinkRow = LinkRowFragment;

export interface LinkActions {
  onConfirm: (link: LinkRef) => void;
  onReject: (link: LinkRef) => void;
  onUnlink: (link: LinkRef) => void;
}

function ref(link: LinkRow): LinkRef {
  return { id: link.id, handlingItem: link.handlingItem, department: link.department };
}

/** Links with the actions the viewer may take (the API checks them again). */
export function LinkTable(props: {
  links: LinkRow[];
  loading: boolean;
  actions: LinkActions | null;
  emptyText: string;
}) {
  const viewer = useViewer();
  const columns: ColumnsType<LinkRow> = [
    {
      title: "业务办理项",
      key: "handlingItem",
      render: (_, link) => (
        <Space orientation="vertical" size={2}>
          <span>
            <Typography.Text code>{link.handlingItem.code}</Typography.Text>{" "}
            {link.handlingItem.name}
          </span>
          <Typography.Text type="secondary">
            {link.handlingItem.approvalItem.code} {link.handlingItem.approvalItem.name}（
            {link.handlingItem.approvalItem.department.name}）
          </Typography.Text>
        </Space>
      ),
    },
    { title: "监管部门", key: "department", width: 150, render: (_, l) => l.department.name },
    {
      title: "监管事项子项",
      key: "subItem",
      render: (_, link) =>
        link.supervisionSubItem ? (
          <Space orientation="vertical" size={2}>
            <span>
              <Typography.Text code>{link.supervisionSubItem.code}</Typography.Text>{" "}
              {link.supervisionSubItem.name}
            </span>
            <Typography.Text type="secondary">
              {link.supervisionSubItem.supervisionItem.name}
              {link.supervisionSubItem.supervisionItem.isKey && (
                <Tag color="volcano" style={{ marginLeft: 8 }}>
                  重点监管
                </Tag>
              )}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: "状态",
      key: "status",
      width: 200,
      render: (_, link) => (
        <Space orientation="vertical" size={2}>
          <Tag color={LINK_STATUS_COLORS[link.status]}>{LINK_STATUS_LABELS[link.status]}</Tag>
          <Typography.Text type="secondary">
            {link.proposedBy ?? "—"} 提出于 {formatDateTime(link.proposedAt)}
          </Typography.Text>
          {link.confirmedAt && (
            <Typography.Text type="secondary">
              {link.confirmedBy ?? "—"} 确认于 {formatDateTime(link.confirmedAt)}
            </Typography.Text>
          )}
          {link.endedAt && (
            <Typography.Text type="secondary">
              {link.endedBy ?? "—"} 于 {formatDateTime(link.endedAt)}
              {link.status === "REJECTED" ? "拒绝" : "解除"}：{link.reason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ];
  if (props.actions) {
    const actions = props.actions;
    columns.push({
      title: "操作",
      key: "actions",
      width: 170,
      render: (_, link) => {
        const forDepartment = canManage(viewer, link.department.id);
        const forApproval = canManage(viewer, link.handlingItem.approvalItem.department.id);
        return (
          <Space size={0} wrap>
            {link.status === "PROPOSED" && forDepartment && (
              <>
                <Button type="link" size="small" onClick={() => actions.onConfirm(ref(link))}>
                  确认
                </Button>
                <Button type="link" size="small" danger onClick={() => actions.onReject(ref(link))}>
                  拒绝
                </Button>
              </>
            )}
            {(link.status === "PROPOSED" || link.status === "CONFIRMED") && forApproval && (
              <Button type="link" size="small" danger onClick={() => actions.onUnlink(ref(link))}>
                解除关联
              </Button>
            )}
          </Space>
        );
      },
    });
  }
  return (
    <Table<LinkRow>
      rowKey="id"
      columns={columns}
      dataSource={props.links}
      loading={props.loading}
      pagination={false}
      size="middle"
      locale={{ emptyText: props.emptyText }}
    />
  );
}
