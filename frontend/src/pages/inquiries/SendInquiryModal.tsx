import { Alert, Form, Input, InputNumber, Modal, Select } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { useViewer } from "../../auth/AuthContext";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import type { InquiryFieldsFragment, InquiryTopic } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { useDepartments } from "../users/useDepartments";
import { TOPIC_LABELS } from "./labels";
import { SendInquiryDocument } from "./operations";

interface SendValues {
  askedDepartmentId: string;
  topic: InquiryTopic;
  subject: string;
  question: string;
  replyWorkingDays: number;
  attachmentIds?: string[];
}

const FIELDS = [
  "askedDepartmentId",
  "topic",
  "subject",
  "question",
  "replyWorkingDays",
  "attachmentIds",
] as const;

/** 发出业务函询 (Q1): to another department, answered within N working days. */
export function SendInquiryModal({
  open,
  onClose,
  onSent,
}: {
  open: boolean;
  onClose: () => void;
  onSent: (inquiry: InquiryFieldsFragment) => void;
}) {
  const viewer = useViewer();
  const { departments } = useDepartments();
  const [form] = Form.useForm<SendValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, send] = useMutation(SendInquiryDocument);

  const submit = async (values: SendValues) => {
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await send({
        input: {
          askedDepartmentId: values.askedDepartmentId,
          topic: values.topic,
          subject: values.subject,
          question: values.question,
          replyWorkingDays: values.replyWorkingDays,
          attachmentIds: values.attachmentIds ?? [],
        },
      });
      return { error: r.error, result: r.data?.sendInquiry };
    });
    if (saved && saved.__typename === "SendInquirySuccess") onSent(saved.inquiry);
  };

  return (
    <Modal
      title="发出业务函询"
      open={open}
      okText="发出"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
      width={640}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        name="sendInquiry"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ topic: "PLAN", replyWorkingDays: 3 }}
      >
        <Form.Item
          label="受函部门"
          name="askedDepartmentId"
          rules={[{ required: true, message: "请选择受函部门" }]}
        >
          <Select
            aria-label="受函部门"
            showSearch={{ optionFilterProp: "label" }}
            placeholder="选择部门"
            options={departments
              .filter((d) => d.id !== viewer.department?.id)
              .map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item label="事项类别" name="topic" rules={[{ required: true }]}>
          <Select
            aria-label="事项类别"
            options={(Object.keys(TOPIC_LABELS) as InquiryTopic[]).map((value) => ({
              value,
              label: TOPIC_LABELS[value],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="标题"
          name="subject"
          rules={[{ required: true, whitespace: true, message: "请填写标题" }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="函询内容"
          name="question"
          rules={[{ required: true, whitespace: true, message: "请填写函询内容" }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
        <Form.Item
          label="答复期限（工作日）"
          name="replyWorkingDays"
          extra="自发函次日起算，第 N 个工作日 23:59 到期；逾期不答复的视为同意，责任由受函部门承担。"
          rules={[{ required: true, message: "请填写答复期限" }]}
        >
          <InputNumber aria-label="答复期限（工作日）" min={1} max={30} precision={0} />
        </Form.Item>
        <Form.Item label="附件" name="attachmentIds">
          <AttachmentUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}
