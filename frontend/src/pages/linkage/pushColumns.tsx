import { Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { DueLight } from "../../components/DueLight";
import { formatDate, formatDateTime } from "../../components/format";
import type { LinkagePushRowFragment } from "../../gql/graphql";
import {
  PUSH_STATUS_COLORS,
  PUSH_STATUS_LABELS,
  TASK_STATUS_COLORS,
  TASK_STATUS_LABELS,
} from "./labels";

export type PushRow = LinkagePushRowFragment;

type PushParts = Pick<
  PushRow,
  "documentNumber" | "handlingItemCode" | "handlingItemName" | "licensee"
>;

export function renderDocument(push: PushParts) {
  return (
    <Space orientation="vertical" size={2}>
      <Typography.Text strong data-testid="document-number">
        {push.documentNumber}
      </Typography.Text>
      <Typography.Text type="secondary">
        {push.handlingItemCode} {push.handlingItemName}
      </Typography.Text>
    </Space>
  );
}

export function renderLicensee(push: PushParts) {
  return (
    <Space orientation="vertical" size={2}>
      <span>{push.licensee.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {push.licensee.number}
      </Typography.Text>
    </Space>
  );
}

export const documentColumn: ColumnsType<PushRow>[number] = {
  title: "法律文书 / 事项",
  key: "document",
  width: 300,
  render: (_, push) => renderDocument(push),
};

export const licenseeColumn: ColumnsType<PushRow>[number] = {
  title: "行政相对人",
  key: "licensee",
  width: 230,
  render: (_, push) => renderLicensee(push),
};

export const statusColumn: ColumnsType<PushRow>[number] = {
  title: "状态",
  key: "status",
  width: 110,
  render: (_, push) => (
    <Tag color={PUSH_STATUS_COLORS[push.status]}>{PUSH_STATUS_LABELS[push.status]}</Tag>
  ),
};

export const claimDueColumn: ColumnsType<PushRow>[number] = {
  title: "认领期限",
  key: "claimDue",
  width: 200,
  render: (_, push) => (
    <Space orientation="vertical" size={2}>
      <DueLight due={push.claimDue} done={!!push.claimedAt} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {push.claimedAt
          ? `认领于 ${formatDateTime(push.claimedAt)}`
          : `${formatDateTime(push.claimDue.dueAt)} 前`}
      </Typography.Text>
    </Space>
  ),
};

export const licenseDateColumn: ColumnsType<PushRow>[number] = {
  title: "许可日期",
  key: "licenseDate",
  width: 130,
  render: (_, push) => formatDate(push.licenseDate),
};

export const departmentColumn: ColumnsType<PushRow>[number] = {
  title: "监管部门",
  key: "department",
  width: 180,
  render: (_, push) =>
    push.department ? (
      push.department.name
    ) : (
      <Typography.Text type="warning">无审管关联</Typography.Text>
    ),
};

export const taskColumn: ColumnsType<PushRow>[number] = {
  title: "监管任务",
  key: "task",
  width: 190,
  render: (_, push) =>
    push.task ? (
      <Space orientation="vertical" size={2}>
        <Tag color={TASK_STATUS_COLORS[push.task.status]}>
          {TASK_STATUS_LABELS[push.task.status]}
        </Tag>
        <DueLight due={push.task.due} />
      </Space>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    ),
};
