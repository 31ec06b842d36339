import { PaperClipOutlined } from "@ant-design/icons";
import { List, Space, Tag, Typography } from "antd";
import { DueLight } from "../../components/DueLight";
import { formatDate, formatDateTime } from "../../components/format";
import type { LinkageTaskDetailFragment } from "../../gql/graphql";
import { FOLLOW_UP_OUTCOME_LABELS, RESULT_KIND_LABELS } from "./labels";

type Feedback = LinkageTaskDetailFragment["feedbacks"][number];

/** The task's results in order: the first result and the follow-up check (S2, S3). */
export function FeedbackList({ feedbacks }: { feedbacks: readonly Feedback[] }) {
  return (
    <List
      style={{ marginTop: 16 }}
      size="small"
      bordered
      header={<Typography.Text strong>反馈记录</Typography.Text>}
      dataSource={[...feedbacks]}
      renderItem={(f) => (
        <List.Item data-testid="feedback-item">
          <Space orientation="vertical" size={2} style={{ width: "100%" }}>
            <Space wrap>
              <Tag color="blue">
                {f.followUpOutcome
                  ? `整改复查：${FOLLOW_UP_OUTCOME_LABELS[f.followUpOutcome]}`
                  : RESULT_KIND_LABELS[f.result]}
              </Tag>
              <span>措施完成 {formatDateTime(f.actedAt)}</span>
              <span>反馈 {formatDateTime(f.fedBackAt)}</span>
              <DueLight due={f.due} done />
            </Space>
            {f.rectificationDeadline && (
              <span>整改期限：{formatDate(f.rectificationDeadline)}</span>
            )}
            {f.penaltyDocumentNumber && <span>处罚决定书：{f.penaltyDocumentNumber}</span>}
            <span style={{ whiteSpace: "pre-wrap" }}>{f.summary}</span>
            {f.attachments.map((a) => (
              <a key={a.id} href={a.url} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {a.fileName}
              </a>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
