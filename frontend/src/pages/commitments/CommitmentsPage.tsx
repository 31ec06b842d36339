import { ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useQuery } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import { useViewer } from "../../auth/AuthContext";
import { DueLight } from "../../components/DueLight";
import { formatDateTime } from "../../components/format";
import type {
  CommitmentFieldsFragment,
  CommitmentStatus,
  CreditCheckFieldsFragment,
} from "../../gql/graphql";
import { CreditGradeTag } from "../credit/common";
import { canActOnCommitments } from "./access";
import { IssueModal, RevokeModal } from "./ActionModals";
import { CreateCommitmentModal } from "./CreateCommitmentModal";
import { type CommitmentItem, CreditCheckCard } from "./CreditCheckCard";
import {
  COMMITMENT_MODE_LABELS,
  COMMITMENT_STATUS_COLORS,
  COMMITMENT_STATUS_LABELS,
  REVOCATION_REASON_LABELS,
} from "./labels";
import { CommitmentsDocument } from "./operations";

/** 告知承诺 (K1–K5): the credit check, the commitments with their deadline lights,
 * issuing and revoking; read-only for the coordination group and the auditor. */
export function CommitmentsPage() {
  const viewer = useViewer();
  const { message } = App.useApp();
  const act = canActOnCommitments(viewer);
  const [status, setStatus] = useState<CommitmentStatus | null>(null);
  const [accepting, setAccepting] = useState<{
    check: CreditCheckFieldsFragment;
    item: CommitmentItem;
  } | null>(null);
  const [issuing, setIssuing] = useState<CommitmentFieldsFragment | null>(null);
  const [revoking, setRevoking] = useState<CommitmentFieldsFragment | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CommitmentsDocument,
    variables: { first: 100, filter: status ? { status } : null },
    requestPolicy: "cache-and-network",
  });
  const reload = () => reexecute({ requestPolicy: "network-only" });
  const rows = (data?.commitments.edges ?? []).map((e) => e.node);

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>告知承诺</Typography.Title>
          <Typography.Text type="secondary">
            审批前查询申请人信用，受理告知承诺（材料延期、材料核验、事后核查），按期补交后发证推送，逾期或承诺不实的撤销并记入信用记录。
          </Typography.Text>
        </div>
        <Button icon={<ReloadOutlined />} onClick={reload}>
          刷新
        </Button>
      </div>
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {act && <CreditCheckCard onAccept={(check, item) => setAccepting({ check, item })} />}
        <Card
          title="告知承诺审批"
          size="small"
          extra={
            <Select
              allowClear
              placeholder="全部状态"
              aria-label="状态"
              style={{ width: 160 }}
              value={status}
              onChange={(value) => setStatus(value ?? null)}
              options={Object.entries(COMMITMENT_STATUS_LABELS).map(([value, label]) => ({
                value,
                label,
              }))}
            />
          }
        >
          {error && <Alert type="error" showIcon title={combinedErrorMessage(error)} />}
          <Table
            rowKey="id"
            size="small"
            loading={fetching}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: "没有告知承诺" }}
            columns={[
              {
                title: "申请人",
                key: "licensee",
                render: (_, r) => (
                  <Space orientation="vertical" size={0}>
                    <span>{r.licensee.name}</span>
                    <Typography.Text type="secondary">{r.licensee.number}</Typography.Text>
                  </Space>
                ),
              },
              {
                title: "事项与方式",
                key: "item",
                render: (_, r) => (
                  <Space orientation="vertical" size={0}>
                    <span>{r.approvalItemName}</span>
                    <Space size={4}>
                      <Tag>{COMMITMENT_MODE_LABELS[r.mode]}</Tag>
                      {r.creditCheck && <CreditGradeTag grade={r.creditCheck.grade} />}
                    </Space>
                  </Space>
                ),
              },
              {
                title: "承诺补交",
                key: "materials",
                render: (_, r) => r.materials.join("、") || "—",
              },
              {
                title: "承诺期限",
                key: "due",
                render: (_, r) =>
                  r.promiseDue ? (
                    <Space orientation="vertical" size={2}>
                      <DueLight due={r.promiseDue} showTime />
                      {r.applicantRemindedAt && (
                        <Tooltip title="承诺期限截止前一天已向申请人发送材料补交提醒 (K2)">
                          <Tag color="blue" data-testid="applicant-reminded">
                            已提醒申请人 {formatDateTime(r.applicantRemindedAt)}
                          </Tag>
                        </Tooltip>
                      )}
                    </Space>
                  ) : (
                    "—"
                  ),
              },
              {
                title: "状态",
                key: "status",
                render: (_, r) => (
                  <Space orientation="vertical" size={0}>
                    <Tag color={COMMITMENT_STATUS_COLORS[r.status]} data-testid="commitment-status">
                      {COMMITMENT_STATUS_LABELS[r.status]}
                    </Tag>
                    {r.push && (
                      <Typography.Text type="secondary">{r.push.documentNumber}</Typography.Text>
                    )}
                    {r.revocationReason && (
                      <Typography.Text type="secondary">
                        {REVOCATION_REASON_LABELS[r.revocationReason]}
                        {r.blacklistEntry ? "，已列入黑名单" : ""}
                        {r.judicialReferral ? "，已移送司法机关" : ""}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: "受理时间",
                key: "createdAt",
                render: (_, r) => formatDateTime(r.createdAt),
              },
              ...(act
                ? [
                    {
                      title: "操作",
                      key: "actions",
                      render: (_: unknown, r: CommitmentFieldsFragment) => (
                        <Space>
                          {r.status === "PENDING" && (
                            <Button size="small" type="primary" onClick={() => setIssuing(r)}>
                              发证
                            </Button>
                          )}
                          {((r.status === "PENDING" && r.promiseDue?.overdue) ||
                            r.status === "ISSUED" ||
                            r.status === "UNTRUE") && (
                            <Button size="small" danger onClick={() => setRevoking(r)}>
                              撤销
                            </Button>
                          )}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </Space>
      <CreateCommitmentModal
        check={accepting?.check ?? null}
        item={accepting?.item ?? null}
        onClose={() => setAccepting(null)}
        onCreated={(c) => {
          setAccepting(null);
          message.success(`已受理 ${c.licensee.name} 的告知承诺`);
          reload();
        }}
      />
      <IssueModal
        commitment={issuing}
        onClose={() => setIssuing(null)}
        onDone={(c) => {
          setIssuing(null);
          message.success(`已发证并推送：${c.push?.documentNumber ?? ""}`);
          reload();
        }}
      />
      <RevokeModal
        commitment={revoking}
        onClose={() => setRevoking(null)}
        onDone={(c) => {
          setRevoking(null);
          message.success(`已撤销 ${c.licensee.name} 的告知承诺审批`);
          reload();
        }}
      />
    </>
  );
}
