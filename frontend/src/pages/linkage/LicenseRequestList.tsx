import { PaperClipOutlined } from "@ant-design/icons";
import { List, Space, Tag, Typography } from "antd";
import { formatDateTime } from "../../components/format";
import type { LinkageLicenseRequestRowFragment } from "../../gql/graphql";
import {
  LICENSE_REQUEST_KIND_LABELS,
  LICENSE_REQUEST_STATUS_COLORS,
  LICENSE_REQUEST_STATUS_LABELS,
} from "./labels";

/** The license requests (S4) about a push, with their review and decision. */
export function LicenseRequestList({
  requests,
}: {
  requests: readonly LinkageLicenseRequestRowFragment[];
}) {
  return (
    <List
      style={{ marginTop: 16 }}
      size="small"
      bordered
      header={<Typography.Text strong>许可处理函告</Typography.Text>}
      dataSource={[...requests]}
      renderItem={(r) => (
        <List.Item>
          <Space orientation="vertical" size={2} style={{ width: "100%" }}>
            <Space wrap>
              <Tag>{LICENSE_REQUEST_KIND_LABELS[r.kind]}许可</Tag>
              <Tag color={LICENSE_REQUEST_STATUS_COLORS[r.status]}>
                {LICENSE_REQUEST_STATUS_LABELS[r.status]}
              </Tag>
              <span>
                {r.department.name} 于 {formatDateTime(r.submittedAt)} 提出
              </span>
            </Space>
            <span>理由：{r.reason}</span>
            {r.legalBasis && <span>法律依据：{r.legalBasis}</span>}
            {r.jointMeeting && <span>召开联席会议：{r.jointMeetingNote || "是"}</span>}
            {r.decidedAt && (
              <span>
                决定（{formatDateTime(r.decidedAt)}）：{r.decisionNote || "—"}
                {r.decisionDocumentNumber ? `，文书 ${r.decisionDocumentNumber}` : ""}
              </span>
            )}
            {r.attachments.map((a) => (
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
