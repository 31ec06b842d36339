import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  List,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import { useViewer } from "../../auth/AuthContext";
import { formatDate, formatDateTime } from "../../components/format";
import type { BlacklistEntryFieldsFragment } from "../../gql/graphql";
import { LICENSEE_KIND_LABELS } from "../linkage/labels";
import { canManageBlacklist } from "./access";
import { AddBlacklistModal } from "./AddBlacklistModal";
import { AttachmentLinks, CreditGradeTag } from "./common";
import {
  BLACKLIST_STATUS_COLORS,
  BLACKLIST_STATUS_LABELS,
  CREDIT_SEVERITY_LABELS,
  CREDIT_SOURCE_LABELS,
} from "./labels";
import { CreditCheckDocument } from "./operations";
import { RemoveBlacklistModal } from "./RemoveBlacklistModal";

// 信用查询 (事前信用查询, R3): a USCC or ID number's grade A–D with its reasons, its
// blacklist entries (the one in force first) and its credit records.

const GRADE_TEXT_COLORS = { A: "#16a34a", B: "#1d4ed8", C: "#ea580c", D: "#dc2626" } as const;

export function CreditCheckTab({
  refresh,
  number,
  onLookUp,
}: {
  refresh: number;
  number: string;
  onLookUp: (number: string) => void;
}) {
  const viewer = useViewer();
  const { message } = App.useApp();
  const manage = canManageBlacklist(viewer);
  const [input, setInput] = useState(number);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<BlacklistEntryFieldsFragment | null>(null);
  useEffect(() => setInput(number), [number]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CreditCheckDocument,
    variables: { number },
    pause: number === "",
    requestPolicy: "network-only",
  });
  const reload = () => reexecute({ requestPolicy: "network-only" });
  useEffect(() => {
    if (refresh > 0 && number) reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refresh]);

  const found = data?.creditGrade ?? null;
  const entries = (data?.blacklistEntries.edges ?? []).map((e) => e.node);
  const inForce = entries.filter((e) => e.active);
  const records = (data?.creditRecords.edges ?? []).map((e) => e.node);

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Input.Search
        style={{ maxWidth: 480 }}
        placeholder="统一社会信用代码或身份证号"
        enterButton="查询"
        aria-label="信用查询号码"
        allowClear
        value={input}
        onChange={(e) => setInput(e.target.value)}
        onSearch={(value) => {
          const trimmed = value.trim().toUpperCase();
          if (trimmed === number) reload();
          else onLookUp(trimmed);
        }}
      />
      {error && <Alert type="error" showIcon title={combinedErrorMessage(error)} />}
      {fetching && !data && <Spin />}
      {number && data && !found && (
        <Empty
          description={`没有代码为 ${number} 的行政相对人，请核对统一社会信用代码或身份证号。`}
        />
      )}
      {found && (
        <div data-testid="credit-check">
          <Card
            className="credit-grade-card"
            title={
              <Space>
                <span>{found.licensee.name}</span>
                <Typography.Text type="secondary">{found.licensee.number}</Typography.Text>
                <Tag>{LICENSEE_KIND_LABELS[found.licensee.kind]}</Tag>
              </Space>
            }
            extra={
              manage &&
              inForce.length === 0 && (
                <Button danger onClick={() => setAdding(true)}>
                  列入黑名单
                </Button>
              )
            }
          >
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label="信用风险等级">
                <Space>
                  <span
                    className="credit-grade-letter"
                    style={{ color: GRADE_TEXT_COLORS[found.grade.grade] }}
                    data-testid="credit-grade-letter"
                  >
                    {found.grade.grade}
                  </span>
                  <CreditGradeTag grade={found.grade.grade} />
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label="评定理由">
                <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="credit-grade-reasons">
                  {found.grade.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </Descriptions.Item>
              <Descriptions.Item label="评定日期">{formatDate(found.grade.asOf)}</Descriptions.Item>
              <Descriptions.Item label="黑名单">
                {inForce.length === 0 ? (
                  <Tag color="green">不在黑名单中</Tag>
                ) : (
                  inForce.map((e) => (
                    <Space
                      key={e.id}
                      orientation="vertical"
                      size={2}
                      data-testid="active-blacklist-entry"
                    >
                      <Space>
                        <Tag color="red">{BLACKLIST_STATUS_LABELS.ACTIVE}</Tag>
                        <span>
                          {formatDate(e.startsOn)} 至 {e.endsOn ? formatDate(e.endsOn) : "移出为止"}
                        </span>
                        {manage && (
                          <Button size="small" danger onClick={() => setRemoving(e)}>
                            移出黑名单
                          </Button>
                        )}
                      </Space>
                      <span className="credit-text">理由：{e.reason}</span>
                      <Typography.Text type="secondary">依据：{e.legalBasis}</Typography.Text>
                      <Typography.Text type="secondary">
                        列入部门：{e.department.name}
                      </Typography.Text>
                    </Space>
                  ))
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="黑名单记录" size="small" style={{ marginTop: 16 }}>
            <List
              dataSource={entries}
              locale={{ emptyText: "没有黑名单记录" }}
              renderItem={(e) => {
                const s = e.status;
                return (
                  <List.Item data-testid="blacklist-history">
                    <Space orientation="vertical" size={2}>
                      <Space>
                        <Tag color={BLACKLIST_STATUS_COLORS[s]}>{BLACKLIST_STATUS_LABELS[s]}</Tag>
                        <span>
                          {formatDate(e.startsOn)} 至 {e.endsOn ? formatDate(e.endsOn) : "移出为止"}
                        </span>
                        <Typography.Text type="secondary">{e.department.name}</Typography.Text>
                      </Space>
                      <span className="credit-text">理由：{e.reason}</span>
                      {e.removedAt && (
                        <Typography.Text type="secondary">
                          {formatDateTime(e.removedAt)} 移出：{e.removalReason ?? "—"}
                        </Typography.Text>
                      )}
                    </Space>
                  </List.Item>
                );
              }}
            />
          </Card>
          <Card title="信用记录" size="small" style={{ marginTop: 16 }}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={records}
              locale={{ emptyText: "没有信用记录" }}
              columns={[
                {
                  title: "发生日期",
                  key: "on",
                  width: 130,
                  render: (_, r) => formatDate(r.occurredOn),
                },
                {
                  title: "来源",
                  key: "source",
                  width: 220,
                  render: (_, r) => (
                    <Space size={4}>
                      <Tag>{CREDIT_SOURCE_LABELS[r.source]}</Tag>
                      <Tag color={r.severity === "SERIOUS" ? "red" : "orange"}>
                        {CREDIT_SEVERITY_LABELS[r.severity]}
                      </Tag>
                    </Space>
                  ),
                },
                {
                  title: "内容与证据",
                  key: "description",
                  render: (_, r) => (
                    <Space orientation="vertical" size={2} className="credit-text">
                      <span>{r.description}</span>
                      <AttachmentLinks attachments={r.attachments} />
                    </Space>
                  ),
                },
                {
                  title: "记录部门",
                  key: "department",
                  width: 180,
                  render: (_, r) => r.department.name,
                },
              ]}
            />
            {data?.creditRecords.pageInfo.hasNextPage && (
              <Typography.Text type="secondary">
                仅显示最近 50 条，更多请在“信用记录”中按代码筛选。
              </Typography.Text>
            )}
          </Card>
        </div>
      )}
      <AddBlacklistModal
        open={adding}
        initialNumber={number}
        onClose={() => setAdding(false)}
        onAdded={(entry) => {
          setAdding(false);
          message.success(`已将 ${entry.licensee.name} 列入黑名单`);
          reload();
        }}
      />
      <RemoveBlacklistModal
        entry={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(entry) => {
          setRemoving(null);
          message.success(`已将 ${entry.licensee.name} 移出黑名单`);
          reload();
        }}
      />
    </Space>
  );
}
