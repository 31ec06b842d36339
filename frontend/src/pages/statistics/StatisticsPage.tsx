import { ReloadOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Row,
  Select,
  Space,
  Statistic,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useQuery } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import { useViewer } from "../../auth/AuthContext";
import { hasAnyRole } from "../../auth/roles";
import { formatDateTimeSeconds, SHOWN_TIME_ZONE } from "../../components/format";
import type { LinkageStatisticsQuery } from "../../gql/graphql";
import { useDepartments } from "../users/useDepartments";
import { BarChartCard } from "./BarChartCard";
import { FiguresTable } from "./FiguresTable";
import { LinkageStatisticsDocument } from "./operations";
import "./statistics.css";

export type StatisticsRow = LinkageStatisticsQuery["linkageStatistics"]["rows"][number];

const ALL = "__all__";
const DATE = "YYYY-MM-DD";

/** Today in Asia/Shanghai, as a plain local date for the picker. */
function today(): Dayjs {
  return dayjs(dayjs().tz(SHOWN_TIME_ZONE).format(DATE));
}

function presets(): { label: string; value: [Dayjs, Dayjs] }[] {
  const now = today();
  const lastMonth = now.subtract(1, "month");
  const quarterStart = now.month(Math.floor(now.month() / 3) * 3).startOf("month");
  return [
    { label: "本月", value: [now.startOf("month"), now.endOf("month")] },
    { label: "上月", value: [lastMonth.startOf("month"), lastMonth.endOf("month")] },
    { label: "本季度", value: [quarterStart, quarterStart.add(2, "month").endOf("month")] },
    { label: "本年", value: [now.startOf("year"), now.endOf("year")] },
  ];
}

/** 统计 (A3): claims, feedback and reverse pushes on time and late, per department and period. */
export function StatisticsPage() {
  const viewer = useViewer();
  const seesAll = hasAnyRole(viewer.roles, ["COORDINATOR", "AUDITOR"]);
  const { departments } = useDepartments();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => presets()[0]!.value);
  const [department, setDepartment] = useState(ALL);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: LinkageStatisticsDocument,
    variables: {
      from: period[0].format(DATE),
      to: period[1].format(DATE),
      departmentId: department === ALL ? null : department,
    },
    requestPolicy: "network-only",
  });
  const statistics = data?.linkageStatistics;
  const rows = statistics?.rows ?? [];
  const supervisionRows = rows.filter((row) => row.department?.kind === "SUPERVISION");
  const total = statistics?.total ?? null;

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>统计</Typography.Title>
          <Typography.Text type="secondary">
            各部门在统计期间内按期与逾期认领、反馈、推送的情况（不作为、慢作为追踪）；
            “逾期未认领”“逾期未办结”“未解决职责争议”按当前时间统计。
            {!seesAll && viewer.department && ` 本页只显示${viewer.department.name}。`}
          </Typography.Text>
        </div>
        <Space wrap>
          <DatePicker.RangePicker
            aria-label="统计期间"
            allowClear={false}
            value={period}
            presets={presets()}
            onChange={(value) => {
              if (value?.[0] && value[1]) setPeriod([value[0], value[1]]);
            }}
          />
          {seesAll && (
            <Select
              style={{ width: 220 }}
              aria-label="部门"
              value={department}
              onChange={setDepartment}
              showSearch={{ optionFilterProp: "label" }}
              options={[
                { value: ALL, label: "全部部门" },
                ...departments
                  .filter((d) => d.kind !== "COORDINATION")
                  .map((d) => ({ value: d.id, label: d.name })),
              ]}
            />
          )}
          <Button
            icon={<ReloadOutlined />}
            onClick={() => refetch({ requestPolicy: "network-only" })}
          >
            刷新
          </Button>
        </Space>
      </div>
      {error && (
        <Alert
          type="error"
          showIcon
          title={combinedErrorMessage(error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(
          [
            ["pushesReceived", "收到推送"],
            ["claimedOnTime", "按期认领"],
            ["claimedLate", "逾期认领"],
            ["unclaimedOverdue", "逾期未认领"],
            ["tasksFedBackLate", "逾期反馈"],
            ["openDisputes", "未解决职责争议"],
          ] as const
        ).map(([key, title]) => (
          <Col key={key} xs={12} md={8} xl={4}>
            <Card className="statistics-total" data-testid={`total-${key}`}>
              <Statistic
                title={title}
                value={total ? total[key] : "—"}
                loading={fetching && !total}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={12}>
          <BarChartCard
            title="审批信息推送认领（按推送时间）"
            testId="chart-claims"
            rows={supervisionRows}
            series={[
              { key: "claimedOnTime", label: "按期认领", color: "#16a34a" },
              { key: "claimedLate", label: "逾期认领", color: "#f59e0b" },
              { key: "unclaimedOverdue", label: "逾期未认领", color: "#dc2626" },
            ]}
          />
        </Col>
        <Col xs={24} xl={12}>
          <BarChartCard
            title="监管任务反馈（按首次反馈时间）"
            testId="chart-tasks"
            rows={supervisionRows}
            series={[
              { key: "tasksFedBackOnTime", label: "按期反馈", color: "#2563eb" },
              { key: "tasksFedBackLate", label: "逾期反馈", color: "#f59e0b" },
              { key: "tasksOpenOverdue", label: "逾期未办结", color: "#dc2626" },
            ]}
          />
        </Col>
      </Row>
      <Card
        title="各部门统计"
        extra={
          statistics && (
            <Typography.Text type="secondary">
              期间 {statistics.from} 至 {statistics.to}，统计时间{" "}
              {formatDateTimeSeconds(statistics.at)}
            </Typography.Text>
          )
        }
      >
        <FiguresTable rows={rows} total={total} loading={fetching} />
      </Card>
    </>
  );
}

export default StatisticsPage;
