import { Alert, Button, Descriptions, Drawer, Form, Input, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { useViewer } from "../../auth/AuthContext";
import { DueLight } from "../../components/DueLight";
import { formatDateTime } from "../../components/format";
import type { InquiryFieldsFragment } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { canAnswerInquiry } from "./access";
import { STATUS_COLORS, STATUS_LABELS, TOPIC_LABELS } from "./labels";
import { AnswerInquiryDocument } from "./operations";

/** The inquiry's details and, for the asked department while it is open, the reply form. */
export function InquiryDrawer({
  inquiry,
  onClose,
  onAnswered,
}: {
  inquiry: InquiryFieldsFragment | null;
  onClose: () => void;
  onAnswered: (inquiry: InquiryFieldsFragment) => void;
}) {
  const viewer = useViewer();
  const [form] = Form.useForm<{ reply: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, answer] = useMutation(AnswerInquiryDocument);

  const submit = async ({ reply }: { reply: string }) => {
    if (!inquiry) return;
    const saved = await submitForm(form, ["reply"], setFormError, async () => {
      const r = await answer({ input: { inquiryId: inquiry.id, reply } });
      return { error: r.error, result: r.data?.answerInquiry };
    });
    if (saved && saved.__typename === "AnswerInquirySuccess") onAnswered(saved.inquiry);
  };

  return (
    <Drawer
      title="业务函询"
      open={inquiry !== null}
      size={720}
      onClose={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
    >
      {inquiry && (
        <Space orientation="vertical" size={720} style={{ width: "100%" }}>
          {inquiry.status === "DEEMED_CONSENT" && (
            <Alert
              type="error"
              showIcon
              title="逾期未答复，视为同意"
              description={`${inquiry.askedDepartment.name}未在答复期限内答复，自 ${formatDateTime(
                inquiry.deemedConsentAt,
              )} 起视为同意，责任由${inquiry.askedDepartment.name}承担。`}
            />
          )}
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="标题">{inquiry.subject}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={STATUS_COLORS[inquiry.status]} data-testid="inquiry-status">
                {STATUS_LABELS[inquiry.status]}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label="事项类别">{TOPIC_LABELS[inquiry.topic]}</Descriptions.Item>
            <Descriptions.Item label="发函部门">
              {inquiry.askingDepartment.name}（{inquiry.sentByName || "—"}，
              {formatDateTime(inquiry.sentAt)}）
            </Descriptions.Item>
            <Descriptions.Item label="受函部门">{inquiry.askedDepartment.name}</Descriptions.Item>
            <Descriptions.Item label="答复期限">
              <DueLight due={inquiry.replyDue} showTime /> （{inquiry.replyWorkingDays} 个工作日）
            </Descriptions.Item>
            <Descriptions.Item label="函询内容">
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>
                {inquiry.question}
              </Typography.Paragraph>
            </Descriptions.Item>
            {inquiry.attachments.length > 0 && (
              <Descriptions.Item label="附件">
                <Space orientation="vertical" size={0}>
                  {inquiry.attachments.map((a) => (
                    <a key={a.id} href={a.url}>
                      {a.fileName}
                    </a>
                  ))}
                </Space>
              </Descriptions.Item>
            )}
            {inquiry.reply && (
              <Descriptions.Item label="答复">
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>
                  {inquiry.reply}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {inquiry.repliedByName}，{formatDateTime(inquiry.repliedAt)}
                </Typography.Text>
              </Descriptions.Item>
            )}
          </Descriptions>
          {canAnswerInquiry(viewer, inquiry) && (
            <Form name="answerInquiry" form={form} layout="vertical" onFinish={submit}>
              {formError && (
                <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />
              )}
              <Form.Item
                label="答复内容"
                name="reply"
                rules={[{ required: true, whitespace: true, message: "请填写答复内容" }]}
              >
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={fetching}>
                答复
              </Button>
            </Form>
          )}
        </Space>
      )}
    </Drawer>
  );
}
