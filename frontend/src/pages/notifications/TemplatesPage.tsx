import { Alert, Card, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useQuery } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import type { ReminderChannel, ReminderTemplatesQuery } from "../../gql/graphql";
import { ReminderTemplatesDocument } from "./operations";
import "./notifications.css";

type TemplateRow = ReminderTemplatesQuery["reminderTemplates"][number];

const CHANNEL_LABELS: Record<ReminderChannel, string> = {
  IN_APP: "站内通知",
  EMAIL: "电子邮件",
  SMS: "短信",
};

const columns: ColumnsType<TemplateRow> = [
  {
    title: "模板",
    dataIndex: "name",
    width: 240,
    render: (name: string) => <Typography.Text code>{name}</Typography.Text>,
  },
  {
    title: "渠道",
    dataIndex: "channels",
    width: 180,
    render: (channels: ReminderChannel[]) => (
      <Space size={[0, 4]} wrap>
        {channels.map((c) => (
          <Tag key={c}>{CHANNEL_LABELS[c]}</Tag>
        ))}
      </Space>
    ),
  },
  {
    title: "标题与正文",
    key: "text",
    render: (_, t) => (
      <>
        <Typography.Text strong>{t.subject}</Typography.Text>
        <Typography.Paragraph className="notification-body" style={{ marginTop: 4 }}>
          {t.text}
        </Typography.Paragraph>
      </>
    ),
  },
  {
    title: "占位符",
    dataIndex: "variables",
    width: 200,
    render: (variables: string[]) => (
      <Space size={[0, 4]} wrap>
        {variables.map((v) => (
          <Tag key={v} variant="outlined">{`\${${v}}`}</Tag>
        ))}
      </Space>
    ),
  },
];

/** 提醒模板: the reminders' texts, read-only (M1: templates an administrator can read). */
export function TemplatesPage() {
  const [{ data, fetching, error }] = useQuery({ query: ReminderTemplatesDocument });
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>提醒模板</Typography.Title>
          <Typography.Text type="secondary">
            期限临近和逾期提醒的中文文本，按期限类型、阶段和渠道选用（最具体的优先，default
            开头的为通用模板）；占位符在发送时替换。模板随程序发布，此处只读。
          </Typography.Text>
        </div>
      </div>
      <Card>
        {error && (
          <Alert
            type="error"
            showIcon
            title={combinedErrorMessage(error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Table<TemplateRow>
          rowKey="name"
          columns={columns}
          dataSource={data?.reminderTemplates ?? []}
          loading={fetching}
          pagination={false}
          size="middle"
        />
      </Card>
    </>
  );
}
