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
import type { CreditRecordFieldsFragment } from "../../gql/graphql";
import { useDepartments } from "../users/useDepartments";
import { canRecordCredit } from "./access";
import { AddCreditRecordModal } from "./AddCreditRecordModal";
import { AttachmentLinks, LicenseeCell } from "./common";
import {
  CREDIT_SEVERITY_LABELS,
  CREDIT_SOURCE_LABELS,
  CREDIT_SOURCES,
  type CreditSeverityKey,
  type CreditSourceKey,
} from "./labels";
import { CreditRecordsDocument } from "./operations";

// 信用记录 (R1): facts in licensees' credit histories, recorded by hand with their
// evidence or automatically (撤销许可 S4, 行政处罚 and 吊销许可证 P5).

type RecordRow = CreditRecordFieldsFragment;

const ALL = "__all__";

export function CreditRecordsTab({
  refresh,
  onLookUp,
}: {
  refresh: number;
  onLookUp: (number: string) => void;
}) {
  const viewer = useViewer();
  const { message } = App.useApp();
  const { departments } = useDepartments();
  const [source, setSource] = useState<CreditSourceKey | typeof ALL>(ALL);
  const [severity, setSeverity] = useState<CreditSeverityKey | typeof ALL>(ALL);
  const [department, setDepartment] = useState(ALL);
  const [number, setNumber] = useState("");
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [adding, setAdding] = useState(false);
  const records = useConnection(
    CreditRecordsDocument,
    {
      filter: {
        source: source === ALL ? null : source,
        severity: severity === ALL ? null : severity,
        departmentId: department === ALL ? null : department,
        licenseeNumber: number.trim() || null,
        from: period?.[0]?.format("YYYY-MM-DD") ?? null,
        to: period?.[1]?.format("YYYY-MM-DD") ?? null,
      },
      first: 50,
    },
    (data) => data.creditRecords,
  );
  const { reload } = records;
  useEffect(() => {
    if (refresh > 0) reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refresh]);

  const columns: ColumnsType<RecordRow> = [
    {
      title: "行政相对人",
      key: "licensee",
      width: 220,
      render: (_, r) => <LicenseeCell licensee={r.licensee} onLookUp={onLookUp} />,
    },
    {
      title: "来源",
      key: "source",
      width: 150,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Tag>{CREDIT_SOURCE_LABELS[r.source]}</Tag>
          <Tag color={r.severity === "SERIOUS" ? "red" : "orange"}>
            {CREDIT_SEVERITY_LABELS[r.severity]}
          </Tag>
        </Space>
      ),
    },
    {
      title: "发生日期",
      key: "occurredOn",
      width: 130,
      render: (_, r) => formatDate(r.occurredOn),
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
      width: 190,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{r.department.name}</span>
          <Typography.Text type="secondary" className="credit-sub">
            {formatDateTime(r.recordedAt)}
            {r.subjectType ? "（自动记录）" : ""}
          </Typography.Text>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="信用记录"
      data-testid="credit-records"
      extra={
        canRecordCredit(viewer) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            记录信用信息
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          style={{ width: 160 }}
          aria-label="信用记录来源"
          value={source}
          onChange={setSource}
          options={[
            { value: ALL, label: "全部来源" },
            ...CREDIT_SOURCES.map((value) => ({ value, label: CREDIT_SOURCE_LABELS[value] })),
          ]}
        />
        <Select
          style={{ width: 130 }}
          aria-label="失信程度"
          value={severity}
          onChange={setSeverity}
          options={[
            { value: ALL, label: "全部程度" },
            { value: "MINOR", label: CREDIT_SEVERITY_LABELS.MINOR },
            { value: "SERIOUS", label: CREDIT_SEVERITY_LABELS.SERIOUS },
          ]}
        />
        <Select
          style={{ width: 220 }}
          aria-label="记录部门"
          value={department}
          onChange={setDepartment}
          showSearch={{ optionFilterProp: "label" }}
          options={[
            { value: ALL, label: "全部记录部门" },
            ...departments.map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <Input.Search
          style={{ width: 260 }}
          placeholder="统一社会信用代码或身份证号"
          allowClear
          aria-label="搜索信用记录"
          onSearch={setNumber}
        />
        <DatePicker.RangePicker
          aria-label="发生日期"
          placeholder={["发生日期起", "发生日期止"]}
          value={period}
          onChange={(value) => setPeriod(value)}
        />
      </Space>
      {records.error && (
        <Alert type="error" showIcon title={records.error} style={{ marginBottom: 16 }} />
      )}
      <Table<RecordRow>
        rowKey="id"
        size="middle"
        scroll={{ x: "max-content" }}
        pagination={false}
        loading={records.loading}
        dataSource={records.nodes}
        columns={columns}
        locale={{ emptyText: "没有符合条件的信用记录" }}
      />
      {records.hasNextPage && (
        <Button block style={{ marginTop: 12 }} onClick={records.loadMore}>
          加载更多
        </Button>
      )}
      <AddCreditRecordModal
        open={adding}
        departments={departments}
        onClose={() => setAdding(false)}
        onAdded={(record) => {
          setAdding(false);
          message.success(`已记录 ${record.licensee.name} 的信用信息`);
          reload();
        }}
      />
    </Card>
  );
}
