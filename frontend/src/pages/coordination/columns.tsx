import { Button, Space, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { ReactNode } from "react";
import { DueLight } from "../../components/DueLight";
import { formatDate, formatDateTime } from "../../components/format";
import type { CoordinationPushesQuery, CoordinationTasksQuery } from "../../gql/graphql";
import {
  PUSH_STATUS_COLORS,
  PUSH_STATUS_LABELS,
  TASK_STATUS_COLORS,
  TASK_STATUS_LABELS,
  type TaskStatusKey,
} from "../linkage/labels";
import { renderTaskLicensee, renderTaskSubject } from "../linkage/taskSubject";

// Table columns shared by the coordination page's tabs.

export type PushRow = CoordinationPushesQuery["pushes"]["edges"][number]["node"];
export type TaskRow = CoordinationTasksQuery["supervisionTasks"]["edges"][number]["node"];

export interface PushRef {
  id: string;
  documentNumber: string;
}

export function documentColumn<T>(push: (row: T) => PushRef & { handlingItemName: string }) {
  return {
    title: "法律文书编号",
    key: "document",
    render: (_: unknown, row: T) => (
      <div>
        <Typography.Text strong>{push(row).documentNumber}</Typography.Text>
        <div className="coordination-sub">{push(row).handlingItemName}</div>
      </div>
    ),
  };
}

export function licenseeColumn<T>(licensee: (row: T) => { name: string; number: string }) {
  return {
    title: "行政相对人",
    key: "licensee",
    render: (_: unknown, row: T) => (
      <div>
        {licensee(row).name}
        <div className="coordination-sub">{licensee(row).number}</div>
      </div>
    ),
  };
}

export function pushColumns(actions: (push: PushRow) => ReactNode): ColumnsType<PushRow> {
  return [
    documentColumn<PushRow>((p) => p),
    licenseeColumn<PushRow>((p) => p.licensee),
    {
      title: "状态",
      key: "status",
      width: 110,
      render: (_, p) => (
        <Tag color={PUSH_STATUS_COLORS[p.status]}>{PUSH_STATUS_LABELS[p.status]}</Tag>
      ),
    },
    {
      title: "监管部门",
      key: "department",
      render: (_, p) =>
        p.department?.name ?? <Typography.Text type="warning">未分派</Typography.Text>,
    },
    { title: "审批部门", key: "approval", render: (_, p) => p.approvalDepartment.name },
    { title: "许可日期", key: "date", width: 130, render: (_, p) => formatDate(p.licenseDate) },
    { title: "推送时间", key: "pushed", width: 150, render: (_, p) => formatDateTime(p.pushedAt) },
    {
      title: "认领期限",
      key: "due",
      render: (_, p) => <DueLight due={p.claimDue} done={p.status === "CLAIMED"} showTime />,
    },
    { title: "操作", key: "actions", width: 170, render: (_, p) => <Space>{actions(p)}</Space> },
  ];
}

export function taskColumns(actions: (task: TaskRow) => ReactNode): ColumnsType<TaskRow> {
  return [
    { title: "法律文书 / 事项", key: "document", render: (_, t) => renderTaskSubject(t) },
    { title: "行政相对人", key: "licensee", render: (_, t) => renderTaskLicensee(t) },
    {
      title: "状态",
      key: "status",
      width: 110,
      render: (_, t) => {
        const status = t.status as TaskStatusKey;
        return (
          <Tag color={TASK_STATUS_COLORS[status]}>{TASK_STATUS_LABELS[status] ?? t.status}</Tag>
        );
      },
    },
    { title: "监管部门", key: "department", render: (_, t) => t.department.name },
    {
      title: "生成时间",
      key: "created",
      width: 150,
      render: (_, t) => formatDateTime(t.createdAt),
    },
    {
      title: "反馈期限",
      key: "due",
      render: (_, t) => (
        <DueLight due={t.due} done={(t.status as TaskStatusKey) === "COMPLETED"} showTime />
      ),
    },
    { title: "操作", key: "actions", width: 120, render: (_, t) => <Space>{actions(t)}</Space> },
  ];
}

export function TimelineButton(props: { onClick: () => void }) {
  return (
    <Button type="link" size="small" onClick={props.onClick}>
      时间线
    </Button>
  );
}
