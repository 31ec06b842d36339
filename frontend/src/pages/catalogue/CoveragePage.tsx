import { ReloadOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useQuery } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import type { CatalogueCoverageQuery } from "../../gql/graphql";
import { useDepartments } from "../users/useDepartments";
import { COMMITMENT_MODE_LABELS, LINK_STATUS_COLORS, LINK_STATUS_LABELS } from "./labels";
import { ProposeLinkModal, type HandlingItemRef } from "./LinkModals";
import { LinkTable } from "./LinkTable";
import { CatalogueCoverageDocument } from "./operations";
import { useLinkActions } from "./useLinkActions";
import "./catalogue.css";

type Coverage = CatalogueCoverageQuery["catalogueCoverage"];
type UnlinkedRow = Coverage["unlinkedHandlingItems"]["nodes"][number];
type GapRow = Coverage["postVerificationGaps"]["nodes"][number];

const ALL = "__all__";

/** 覆盖情况: the gaps the coordinator closes before publishing (C3, C4). */
export function CoveragePage() {
  const { message } = App.useApp();
  const { departments } = useDepartments();
  const [approvalDepartment, setApprovalDepartment] = useState(ALL);
  const [supervisionDepartment, setSupervisionDepartment] = useState(ALL);
  const [proposing, setProposing] = useState<HandlingItemRef | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CatalogueCoverageDocument,
    variables: {
      approvalDepartmentId: approvalDepartment === ALL ? null : approvalDepartment,
      supervisionDepartmentId: supervisionDepartment === ALL ? null : supervisionDepartment,
    },
    requestPolicy: "network-only",
  });
  const reload = () => refetch({ requestPolicy: "network-only" });
  const { actions, modals } = useLinkActions(reload);
  const coverage = data?.catalogueCoverage;

  const departmentOptions = (kind: "APPROVAL" | "SUPERVISION", all: string) => [
    { value: ALL, label: all },
    ...departments.filter((d) => d.kind === kind).map((d) => ({ value: d.id, label: d.name })),
  ];

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>覆盖情况</Typography.Title>
          <Typography.Text type="secondary">
            清单草稿中需要补齐的缺口：没有已确认关联的业务办理项、等待监管部门确认的关联、缺少关联的事后核查事项。
          </Typography.Text>
        </div>
        <Space wrap>
          <Select
            style={{ width: 200 }}
            value={approvalDepartment}
            onChange={setApprovalDepartment}
            aria-label="审批部门"
            options={departmentOptions("APPROVAL", "全部审批部门")}
          />
          <Select
            style={{ width: 200 }}
            value={supervisionDepartment}
            onChange={setSupervisionDepartment}
            aria-label="监管部门"
            showSearch={{ optionFilterProp: "label" }}
            options={departmentOptions("SUPERVISION", "全部监管部门")}
          />
          <Button icon={<ReloadOutlined />} onClick={reload}>
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
        <Col span={8}>
          <Card className="catalogue-stat" data-testid="coverage-unlinked">
            <Statistic
              title="未确认关联的业务办理项"
              value={coverage?.unlinkedHandlingItemCount ?? "—"}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card className="catalogue-stat" data-testid="coverage-awaiting">
            <Statistic
              title="待监管部门确认的关联"
              value={coverage?.awaitingConfirmationCount ?? "—"}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card className="catalogue-stat" data-testid="coverage-post-verification">
            <Statistic
              title="缺少已确认关联的事后核查事项"
              value={coverage?.postVerificationGapCount ?? "—"}
              styles={{
                content: { color: coverage?.postVerificationGapCount ? "#dc2626" : undefined },
              }}
            />
          </Card>
        </Col>
      </Row>
      <Card title="未确认关联的业务办理项" style={{ marginBottom: 16 }}>
        <Table<UnlinkedRow>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={fetching}
          dataSource={coverage?.unlinkedHandlingItems.nodes ?? []}
          locale={{ emptyText: "每个业务办理项都有已确认的审管关联" }}
          columns={[
            {
              title: "业务办理项",
              key: "handling",
              render: (_, h) => (
                <span>
                  <Typography.Text code>{h.code}</Typography.Text> {h.name}
                </span>
              ),
            },
            {
              title: "审批事项",
              key: "approval",
              render: (_, h) => (
                <span>
                  {h.approvalItem.code} {h.approvalItem.name}
                  {h.approvalItem.commitmentModes.includes("POST_VERIFICATION") && (
                    <Tag color="purple" style={{ marginLeft: 8 }}>
                      {COMMITMENT_MODE_LABELS.POST_VERIFICATION}
                    </Tag>
                  )}
                </span>
              ),
            },
            {
              title: "审批部门",
              key: "department",
              render: (_, h) => h.approvalItem.department.name,
            },
            {
              title: "操作",
              key: "actions",
              width: 120,
              render: (_, h) => (
                <Button
                  type="link"
                  size="small"
                  onClick={() => setProposing({ id: h.id, code: h.code, name: h.name })}
                >
                  提出关联
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card title="待监管部门确认的关联" style={{ marginBottom: 16 }}>
        <LinkTable
          links={[...(coverage?.awaitingConfirmation.nodes ?? [])]}
          loading={fetching}
          actions={actions}
          emptyText="没有待确认的关联"
        />
      </Card>
      <Card title="缺少已确认关联的事后核查事项">
        <Table<GapRow>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={fetching}
          dataSource={coverage?.postVerificationGaps.nodes ?? []}
          locale={{ emptyText: "每个事后核查事项的业务办理项都已确认监管部门" }}
          columns={[
            {
              title: "审批事项",
              key: "item",
              render: (_, item) => (
                <span>
                  <Typography.Text code>{item.code}</Typography.Text> {item.name}
                </span>
              ),
            },
            { title: "审批部门", key: "department", render: (_, item) => item.department.name },
            {
              title: "核查期限",
              key: "period",
              render: (_, item) =>
                item.verificationPeriodWorkingDays !== null
                  ? `${item.verificationPeriodWorkingDays} 个工作日`
                  : "—",
            },
            {
              title: "业务办理项",
              key: "handling",
              render: (_, item) =>
                item.handlingItems.map((h) => (
                  <div key={h.id} className="catalogue-handling">
                    <Typography.Text code>{h.code}</Typography.Text>
                    {h.name}
                    {h.link ? (
                      <Tag color={LINK_STATUS_COLORS[h.link.status]}>
                        {LINK_STATUS_LABELS[h.link.status]}
                      </Tag>
                    ) : (
                      <Tag color="red">未关联</Tag>
                    )}
                  </div>
                )),
            },
          ]}
        />
      </Card>
      <ProposeLinkModal
        handlingItem={proposing}
        departments={departments}
        onClose={() => setProposing(null)}
        onDone={() => {
          setProposing(null);
          message.success("已提出审管关联，等待监管部门确认");
          reload();
        }}
      />
      {modals}
    </>
  );
}
