import { PlusOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import { formatDate, formatDateTime } from "../../components/format";
import type { BlacklistEntryFieldsFragment } from "../../gql/graphql";
import { useDepartments } from "../users/useDepartments";
import { canManageBlacklist } from "./access";
import { AddBlacklistModal } from "./AddBlacklistModal";
import { AttachmentLinks, LicenseeCell } from "./common";
import {
  BLACKLIST_STATUS_COLORS,
  BLACKLIST_STATUS_LABELS,
  type BlacklistStatusKey,
} from "./labels";
import { CreditBlacklistDocument } from "./operations";
import { RemoveBlacklistModal } from "./RemoveBlacklistModal";

// 黑名单 (R2): entries in force, ended or removed; the coordination group (and an
// approval department's admin) adds and removes them.

type EntryRow = BlacklistEntryFieldsFragment;

const ALL = "__all__";
type StatusFilter = BlacklistStatusKey | typeof ALL;

export function BlacklistTab({
  refresh,
  onLookUp,
}: {
  refresh: number;
  onLookUp: (number: string) => void;
}) {
  const viewer = useViewer();
  const { message } = App.useApp();
  const { departments } = useDepartments();
  const manage = canManageBlacklist(viewer);
  const [status, setStatus] = useState<StatusFilter>("ACTIVE");
  const [number, setNumber] = useState("");
  const [department, setDepartment] = useState(ALL);
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<EntryRow | null>(null);
  const entries = useConnection(
    CreditBlacklistDocument,
    {
      filter: {
        status: status === ALL ? null : status,
        licenseeNumber: number.trim() || null,
        departmentId: department === ALL ? null : department,
        from: period?.[0]?.format("YYYY-MM-DD") ?? null,
        to: period?.[1]?.format("YYYY-MM-DD") ?? null,
      },
      first: 50,
    },
    (data) => data.blacklistEntries,
  );
  const { reload } = entries;
  useEffect(() => {
    if (refresh > 0) reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refresh]);
  const rows = entries.nodes;

  const columns: ColumnsType<EntryRow> = [
    {
      title: "行政相对人",
      key: "licensee",
      width: 220,
      render: (_, e) => <LicenseeCell licensee={e.licensee} onLookUp={onLookUp} />,
    },
    {
      title: "列入理由与法律依据",
      key: "reason",
      render: (_, e) => (
        <Space orientation="vertical" size={2} className="credit-text">
          <span>{e.reason}</span>
          <Typography.Text type="secondary">依据：{e.legalBasis}</Typography.Text>
          <AttachmentLinks attachments={e.attachments} />
        </Space>
      ),
    },
    {
      title: "惩戒期间",
      key: "period",
      width: 210,
      render: (_, e) => (
        <span>
          {formatDate(e.startsOn)} 至 {e.endsOn ? formatDate(e.endsOn) : "移出为止"}
        </span>
      ),
    },
    {
      title: "列入部门",
      key: "department",
      width: 180,
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <span>{e.department.name}</span>
          <Typography.Text type="secondary" className="credit-sub">
            {formatDateTime(e.addedAt)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: "状态",
      key: "status",
      width: 220,
      render: (_, e) => {
        const s = e.status;
        return (
          <Space orientation="vertical" size={2}>
            <Tag color={BLACKLIST_STATUS_COLORS[s]}>{BLACKLIST_STATUS_LABELS[s]}</Tag>
            {e.removedAt && (
              <Typography.Text type="secondary" className="credit-sub credit-text">
                {formatDateTime(e.removedAt)} 移出：{e.removalReason ?? "—"}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    ...(manage
      ? [
          {
            title: "操作",
            key: "actions",
            fixed: "right" as const,
            width: 90,
            render: (_: unknown, e: EntryRow) =>
              e.status === "ACTIVE" || e.status === "PENDING" ? (
                <Button type="link" size="small" danger onClick={() => setRemoving(e)}>
                  移出
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Card
      title="黑名单"
      data-testid="blacklist"
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            列入黑名单
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Select<StatusFilter>
          style={{ width: 130 }}
          aria-label="黑名单状态"
          value={status}
          onChange={setStatus}
          options={[
            ...(Object.keys(BLACKLIST_STATUS_LABELS) as BlacklistStatusKey[]).map((value) => ({
              value,
              label: BLACKLIST_STATUS_LABELS[value],
            })),
            { value: ALL, label: "全部" },
          ]}
        />
        <Input.Search
          style={{ width: 260 }}
          placeholder="统一社会信用代码或身份证号"
          allowClear
          aria-label="搜索黑名单"
          onSearch={setNumber}
        />
        <Select
          style={{ width: 220 }}
          aria-label="列入部门"
          value={department}
          onChange={setDepartment}
          showSearch={{ optionFilterProp: "label" }}
          options={[
            { value: ALL, label: "全部列入部门" },
            ...departments
              .filter((d) => d.kind !== "SUPERVISION")
              .map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <DatePicker.RangePicker
          aria-label="惩戒期间"
          placeholder={["期间起", "期间止"]}
          value={period}
          onChange={(value) => setPeriod(value)}
        />
      </Space>
      {entries.error && (
        <Alert type="error" showIcon title={entries.error} style={{ marginBottom: 16 }} />
      )}
      <Table<EntryRow>
        rowKey="id"
        size="middle"
        scroll={{ x: "max-content" }}
        pagination={false}
        loading={entries.loading}
        dataSource={rows}
        columns={columns}
        locale={{ emptyText: "没有符合条件的黑名单记录" }}
      />
      {entries.hasNextPage && (
        <Button block style={{ marginTop: 12 }} onClick={entries.loadMore}>
          加载更多
        </Button>
      )}
      <AddBlacklistModal
        open={adding}
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
    </Card>
  );
}
