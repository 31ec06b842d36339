import { ReloadOutlined } from "@ant-design/icons";
import { Alert, Button, Card, DatePicker, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import { hasAnyRole } from "../../auth/roles";
import { formatDateTime } from "../../components/format";
import type {
  ReportRouting,
  ReportsQuery,
  SupervisionTaskStatus as TaskStatus,
} from "../../gql/graphql";
import { TASK_STATUS_COLORS, TASK_STATUS_LABELS } from "../linkage/labels";
import { TaskDetailDrawer } from "../linkage/TaskDetailDrawer";
import { useDepartments } from "../users/useDepartments";
import { REPORT_ROUTING_LABELS, REPORT_STATUS_COLORS, REPORT_STATUS_LABELS } from "./labels";
import { ForwardReportModal } from "./ForwardReportModal";
import { ReportsDocument } from "./operations";

// 群众举报 (A4) for staff: the reports that became tasks of their department (all of
// them for the coordination group and the auditor), with each task's status; a task
// opens in the task drawer, where it is fed back like any task.

type ReportRow = ReportsQuery["reports"]["edges"][number]["node"];

const ALL = "__all__";

export function ReportsPage() {
  const viewer = useViewer();
  const seesAll = hasAnyRole(viewer.roles, ["COORDINATOR", "AUDITOR"]);
  const { departments } = useDepartments();
  const [department, setDepartment] = useState(ALL);
  const [taskStatus, setTaskStatus] = useState<TaskStatus | typeof ALL>(ALL);
  const [routing, setRouting] = useState<ReportRouting | typeof ALL>(ALL);
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [openTask, setOpenTask] = useState<string | null>(null);
  const [forwarding, setForwarding] = useState<ReportRow | null>(null);
  const coordinates = hasAnyRole(viewer.roles, ["COORDINATOR"]);
  const coordinationIds = new Set(
    departments.filter((d) => d.kind === "COORDINATION").map((d) => d.id),
  );
  const reports = useConnection(
    ReportsDocument,
    {
      filter: {
        departmentId: department === ALL ? null : department,
        taskStatus: taskStatus === ALL ? null : taskStatus,
        routing: routing === ALL ? null : routing,
        from: period?.[0]?.format("YYYY-MM-DD") ?? null,
        to: period?.[1]?.format("YYYY-MM-DD") ?? null,
      },
      first: 50,
    },
    (data) => data.reports,
  );

  const columns: ColumnsType<ReportRow> = [
    {
      title: "回执编号",
      key: "receipt",
      width: 200,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{r.receiptNumber}</Typography.Text>
          <Typography.Text type="secondary">{formatDateTime(r.submittedAt)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: "被举报对象",
      key: "named",
      width: 230,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <span>{r.namedName ?? r.licensee?.name ?? "—"}</span>
          {r.namedNumber && <Typography.Text type="secondary">{r.namedNumber}</Typography.Text>}
          {r.licensee ? (
            <Tag color="blue">已对应：{r.licensee.name}</Tag>
          ) : (
            <Tag>未对应到已知相对人</Tag>
          )}
        </Space>
      ),
    },
    {
      title: "举报内容",
      key: "content",
      render: (_, r) => (
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>
          {r.content}
        </Typography.Paragraph>
      ),
    },
    {
      title: "联系方式",
      key: "contact",
      width: 150,
      render: (_, r) =>
        r.contact ?? (
          <Typography.Text type="secondary">{r.hasContact ? "不可见" : "未留"}</Typography.Text>
        ),
    },
    {
      title: "办理",
      key: "tasks",
      width: 300,
      render: (_, r) => (
        <Space orientation="vertical" size={4}>
          <Space size={4} wrap>
            <Tag color={REPORT_STATUS_COLORS[r.status]}>{REPORT_STATUS_LABELS[r.status]}</Tag>
            <Typography.Text type="secondary">{REPORT_ROUTING_LABELS[r.routing]}</Typography.Text>
          </Space>
          {r.tasks.map((task) => (
            <Space key={task.id} size={4} wrap data-testid="report-task">
              <span>{task.department.name}</span>
              <Tag color={TASK_STATUS_COLORS[task.status]}>{TASK_STATUS_LABELS[task.status]}</Tag>
              <Button size="small" type="link" onClick={() => setOpenTask(task.id)}>
                查看任务
              </Button>
            </Space>
          ))}
          {coordinates &&
            r.tasks.some(
              (task) => task.status === "IN_PROGRESS" && coordinationIds.has(task.department.id),
            ) && (
              <Button size="small" onClick={() => setForwarding(r)}>
                转交监管部门
              </Button>
            )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>群众举报</Typography.Title>
          <Typography.Text type="secondary">
            公众通过公开页面提交的举报，已转为监管部门（或协调小组）的监管任务，按监管任务办理和反馈。
          </Typography.Text>
        </div>
        <Button icon={<ReloadOutlined />} onClick={reports.reload}>
          刷新
        </Button>
      </div>
      <Card data-testid="reports">
        <Space style={{ marginBottom: 16 }} wrap>
          {seesAll && (
            <Select
              style={{ width: 240 }}
              aria-label="分派部门"
              value={department}
              onChange={setDepartment}
              showSearch={{ optionFilterProp: "label" }}
              options={[
                { value: ALL, label: "全部部门" },
                ...departments.map((d) => ({ value: d.id, label: d.name })),
              ]}
            />
          )}
          <Select
            style={{ width: 140 }}
            aria-label="任务状态"
            value={taskStatus}
            onChange={setTaskStatus}
            options={[
              { value: ALL, label: "全部状态" },
              ...(Object.keys(TASK_STATUS_LABELS) as TaskStatus[]).map((s) => ({
                value: s,
                label: TASK_STATUS_LABELS[s],
              })),
            ]}
          />
          <Select
            style={{ width: 260 }}
            aria-label="分派方式"
            value={routing}
            onChange={setRouting}
            options={[
              { value: ALL, label: "全部分派方式" },
              ...(Object.keys(REPORT_ROUTING_LABELS) as ReportRouting[]).map((s) => ({
                value: s,
                label: REPORT_ROUTING_LABELS[s],
              })),
            ]}
          />
          <DatePicker.RangePicker
            aria-label="提交日期"
            value={period}
            onChange={(value) => setPeriod(value)}
          />
        </Space>
        {reports.error && (
          <Alert type="error" showIcon title={reports.error} style={{ marginBottom: 16 }} />
        )}
        <Table<ReportRow>
          rowKey="id"
          columns={columns}
          dataSource={reports.nodes}
          loading={reports.loading}
          pagination={false}
          size="middle"
          locale={{ emptyText: "没有符合条件的举报" }}
        />
        {reports.hasNextPage && (
          <div style={{ textAlign: "center", marginTop: 16 }}>
            <Button onClick={reports.loadMore} loading={reports.loading}>
              加载更多
            </Button>
          </div>
        )}
      </Card>
      <ForwardReportModal
        report={forwarding}
        departments={departments}
        onClose={() => setForwarding(null)}
        onDone={() => {
          setForwarding(null);
          reports.reload();
        }}
      />
      <TaskDetailDrawer
        taskId={openTask}
        onClose={() => setOpenTask(null)}
        onChanged={reports.reload}
      />
    </>
  );
}
