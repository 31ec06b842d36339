import { Table, Typography } from "antd";

// Before and after of an audit event, key by key; changed keys are marked.

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: Json): string {
  if (value === undefined) return "";
  if (value === null) return "null";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 1);
}

interface Row {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

export function changeRows(before: Json, after: Json): Row[] {
  if (!isRecord(before) && !isRecord(after)) {
    return [
      {
        key: "（值）",
        before: show(before),
        after: show(after),
        changed: show(before) !== show(after),
      },
    ];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = Array.from(new Set([...Object.keys(b), ...Object.keys(a)])).sort();
  return keys.map((key) => {
    const was = key in b ? show(b[key]) : "";
    const is = key in a ? show(a[key]) : "";
    return { key, before: was, after: is, changed: was !== is };
  });
}

export function ChangeTable({ before, after }: { before: Json; after: Json }) {
  const cell = (text: string, row: Row) => (
    <Typography.Text
      style={{
        whiteSpace: "pre-wrap",
        wordBreak: "break-all",
        fontFamily: "monospace",
        fontSize: 12,
      }}
      type={row.changed ? undefined : "secondary"}
    >
      {text === "" ? "—" : text}
    </Typography.Text>
  );
  return (
    <Table<Row>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={changeRows(before, after)}
      rowClassName={(row) => (row.changed ? "audit-changed" : "")}
      columns={[
        {
          title: "字段",
          dataIndex: "key",
          width: 200,
          render: (k: string) => <Typography.Text code>{k}</Typography.Text>,
        },
        { title: "修改前", dataIndex: "before", render: cell },
        { title: "修改后", dataIndex: "after", render: cell },
      ]}
    />
  );
}
