import { Alert, App, Button, DatePicker, Form, Input, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import { submitForm } from "../catalogue/submit";
import { FOLLOW_UP_OUTCOME_LABELS, FOLLOW_UP_OUTCOMES, type FollowUpOutcomeKey } from "./labels";
import { RecordFollowUpDocument } from "./operations";

interface FollowUpValues {
  outcome: FollowUpOutcomeKey;
  actedAt: Dayjs;
  summary: string;
  attachmentIds?: string[];
}

const FIELDS = ["outcome", "actedAt", "summary", "attachmentIds"] as const;

/** 整改复查 (S3): rectified → compliant; not rectified or refused → revocation recommended. */
export function FollowUpForm({ taskId, onSaved }: { taskId: string; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FollowUpValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordFollowUpDocument);

  const submit = async (values: FollowUpValues) => {
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await record({
        input: {
          taskId,
          outcome: values.outcome,
          actedAt: values.actedAt.toISOString(),
          summary: values.summary,
          attachmentIds: values.attachmentIds ?? [],
        },
      });
      return { error: r.error, result: r.data?.recordFollowUp };
    });
    if (saved && saved.__typename === "RecordFollowUpSuccess") {
      message.success("已录入整改复查结果，任务办结");
      onSaved();
    }
  };

  return (
    <Form<FollowUpValues>
      name="followUp"
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ actedAt: dayjs() }}
      aria-label="整改复查"
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form.Item
        label="复查结果"
        name="outcome"
        rules={[{ required: true, message: "请选择复查结果" }]}
      >
        <Radio.Group
          options={FOLLOW_UP_OUTCOMES.map((o) => ({
            value: o,
            label: FOLLOW_UP_OUTCOME_LABELS[o],
          }))}
        />
      </Form.Item>
      <Form.Item
        label="复查时间"
        name="actedAt"
        rules={[{ required: true, message: "请选择复查时间" }]}
      >
        <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item
        label="复查情况"
        name="summary"
        rules={[{ required: true, whitespace: true, message: "请填写复查情况" }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label="证据材料" name="attachmentIds">
        <AttachmentUpload label="上传证据" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        提交复查结果
      </Button>
    </Form>
  );
}
