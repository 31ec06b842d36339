import { CheckCircleOutlined, CloseCircleOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useClient, useMutation } from "urql";
import { combinedErrorMessage, resultError } from "../../api/errors";
import { formatDateTime } from "../../components/format";
import type { InspectionPlanFieldsFragment } from "../../gql/graphql";
import { CreditGradeTag } from "../credit/common";
import { RESULT_KIND_LABELS, TASK_STATUS_COLORS, TASK_STATUS_LABELS } from "../linkage/labels";
import { PLAN_STATUS_COLORS, PLAN_STATUS_LABELS } from "./labels";
import {
  DrawCheckDocument,
  DrawInspectionDocument,
  PublishInspectionResultsDocument,
} from "./operations";

type Target = InspectionPlanFieldsFragment["targets"][number];

const columns: ColumnsType<Target> = [
  { title: "序号", dataIndex: "position", width: 64 },
  {
    title: "行政相对人",
    key: "licensee",
    render: (_, t) => (
      <Space orientation="vertical" size={0}>
        <Typography.Text strong>{t.licensee.name}</Typography.Text>
        <Typography.Text type="secondary">{t.licensee.number}</Typography.Text>
      </Space>
    ),
  },
  {
    title: "抽取时信用等级",
    key: "grade",
    width: 130,
    render: (_, t) => <CreditGradeTag grade={t.grade} />,
  },
  {
    title: "检查人员",
    key: "inspectors",
    render: (_, t) => t.inspectors.map((i) => i.displayName).join("、"),
  },
  {
    title: "监管任务",
    key: "task",
    width: 200,
    render: (_, t) =>
      t.task ? (
        <Space size={4} wrap>
          <Tag color={TASK_STATUS_COLORS[t.task.status]}>{TASK_STATUS_LABELS[t.task.status]}</Tag>
          {t.task.result && <Tag color="green">{RESULT_KIND_LABELS[t.task.result]}</Tag>}
        </Space>
      ) : (
        "—"
      ),
  },
  {
    title: "已公开结果",
    key: "published",
    width: 120,
    render: (_, t) =>
      t.publishedResult ? (
        RESULT_KIND_LABELS[t.publishedResult]
      ) : (
        <Typography.Text type="secondary">待公开</Typography.Text>
      ),
  },
];

/** One plan: its settings, the draw (seed, check), the targets and publication. */
export function PlanCard({
  plan,
  onChanged,
}: {
  plan: InspectionPlanFieldsFragment;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<boolean | null>(null);
  const [checking, setChecking] = useState(false);
  const [{ fetching: drawing }, draw] = useMutation(DrawInspectionDocument);
  const [{ fetching: publishing }, publish] = useMutation(PublishInspectionResultsDocument);

  const run = async (
    work: () => Promise<{
      error?: Parameters<typeof combinedErrorMessage>[0];
      result: object | null | undefined;
    }>,
    done: string,
  ) => {
    setError(null);
    const { error: transport, result } = await work();
    if (transport) return setError(combinedErrorMessage(transport));
    const failed = resultError(result);
    if (failed) return setError(failed.message);
    message.success(done);
    onChanged();
  };

  const verify = async () => {
    setChecking(true);
    const r = await client
      .query(DrawCheckDocument, { id: plan.id }, { requestPolicy: "network-only" })
      .toPromise();
    setChecking(false);
    if (r.error) return setError(combinedErrorMessage(r.error));
    const node = r.data?.node;
    setCheck(node && "drawCheck" in node ? (node.drawCheck?.matches ?? null) : null);
  };

  const drawn = plan.status !== "DRAFT";
  return (
    <Card
      size="small"
      data-testid="inspection-plan"
      data-plan-name={plan.name}
      title={
        <Space>
          {plan.name}
          <Tag color={PLAN_STATUS_COLORS[plan.status]}>{PLAN_STATUS_LABELS[plan.status]}</Tag>
        </Space>
      }
      extra={
        plan.canAct && (
          <Space>
            {!drawn && (
              <Popconfirm
                title="按信用等级比例随机抽取检查对象和检查人员，并生成监管任务？"
                okText="抽取"
                cancelText="取消"
                onConfirm={() =>
                  run(async () => {
                    const r = await draw({ input: { planId: plan.id } });
                    return { error: r.error, result: r.data?.drawInspection };
                  }, "已抽取，监管任务已生成")
                }
              >
                <Button type="primary" loading={drawing}>
                  抽取
                </Button>
              </Popconfirm>
            )}
            {drawn && (
              <Button
                loading={publishing}
                onClick={() =>
                  run(async () => {
                    const r = await publish({ input: { planId: plan.id } });
                    return { error: r.error, result: r.data?.publishInspectionResults };
                  }, "抽查结果已公开")
                }
              >
                {plan.status === "PUBLISHED" ? "更新公开结果" : "公开结果"}
              </Button>
            )}
          </Space>
        )
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="监管事项">
          {plan.supervisionItem.code} {plan.supervisionItem.name}
        </Descriptions.Item>
        <Descriptions.Item label="抽查比例">
          {plan.rates.map((r) => `${r.grade} ${r.ratePercent}%`).join("，")}
        </Descriptions.Item>
        <Descriptions.Item label="检查人员 / 完成期限">
          每对象 {plan.inspectorsPerTarget} 人，{plan.workingDays} 个工作日
        </Descriptions.Item>
        {drawn && (
          <>
            <Descriptions.Item label="抽取时间">{formatDateTime(plan.drawnAt)}</Descriptions.Item>
            <Descriptions.Item label="备选对象">{plan.candidateCount} 个</Descriptions.Item>
            <Descriptions.Item label="随机种子">
              <Space wrap>
                <Typography.Text code copyable data-testid="plan-seed">
                  {plan.seed}
                </Typography.Text>
                <Button size="small" loading={checking} onClick={verify}>
                  复核抽取
                </Button>
                {check === true && (
                  <Tag icon={<CheckCircleOutlined />} color="success" data-testid="draw-check">
                    复核一致
                  </Tag>
                )}
                {check === false && (
                  <Tag icon={<CloseCircleOutlined />} color="error" data-testid="draw-check">
                    复核不一致
                  </Tag>
                )}
              </Space>
            </Descriptions.Item>
          </>
        )}
        {plan.publishedAt && (
          <Descriptions.Item label="公开时间">{formatDateTime(plan.publishedAt)}</Descriptions.Item>
        )}
      </Descriptions>
      {drawn && (
        <Table<Target>
          data-testid="inspection-targets"
          size="small"
          rowKey="position"
          columns={columns}
          dataSource={plan.targets}
          pagination={false}
        />
      )}
    </Card>
  );
}
