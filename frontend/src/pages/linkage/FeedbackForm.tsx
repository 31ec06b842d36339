import { Alert, App, Button, DatePicker, Form, Input, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import { submitForm } from "../catalogue/submit";
import { RESULT_KIND_LABELS, RESULT_KINDS, type ResultKindKey } from "./labels";
import { FeedBackTaskDocument } from "./operations";

interface FeedbackValues {
  result: ResultKindKey;
  actedAt: Dayjs;
  summary: string;
  rectificationDeadline?: Dayjs | null;
  penaltyDocumentNumber?: string;
  attachmentIds?: string[];
}

const FIELDS = [
  "result",
  "actedAt",
  "summary",
  "rectificationDeadline",
  "penaltyDocumentNumber",
  "attachmentIds",
] as const;

/** 反馈监管结果 (S2, S3): by 24:00 of the day the action was completed. */
export function FeedbackForm({ taskId, onSaved }: { taskId: string; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FeedbackValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, feedBack] = useMutation(FeedBackTaskDocument);
  const result = Form.useWatch("result", form);

  const submit = async (values: FeedbackValues) => {
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await feedBack({
        input: {
          taskId,
          result: values.result,
          actedAt: values.actedAt.toISOString(),
          summary: values.summary,
          rectificationDeadline:
            values.result === "RECTIFICATION_ORDERED" && values.rectificationDeadline
              ? values.rectificationDeadline.format("YYYY-MM-DD")
              : null,
          penaltyDocumentNumber:
            values.result === "PENALTY" ? (values.penaltyDocumentNumber ?? "").trim() : "",
          attachmentIds: values.attachmentIds ?? [],
        },
      });
      return { error: r.error, result: r.data?.feedBackTask };
    });
    if (saved && saved.__typename === "FeedBackTaskSuccess") {
      const late = saved.feedback.due.workingDaysLate;
      message.success(late ? `已反馈监管结果（逾期 ${late} 个工作日反馈）` : "已反馈监管结果");
      onSaved();
    }
  };

  return (
    <Form<FeedbackValues>
      name="feedback"
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ actedAt: dayjs() }}
      aria-label="反馈监管结果"
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form.Item
        label="监管结果"
        name="result"
        rules={[{ required: true, message: "请选择监管结果" }]}
      >
        <Radio.Group
          options={RESULT_KINDS.map((kind) => ({ value: kind, label: RESULT_KIND_LABELS[kind] }))}
        />
      </Form.Item>
      <Form.Item
        label="措施完成时间"
        name="actedAt"
        extra="须在完成当天 24:00 前反馈，逾期反馈将记录逾期"
        rules={[{ required: true, message: "请选择措施完成时间" }]}
      >
        <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      {result === "RECTIFICATION_ORDERED" && (
        <Form.Item
          label="整改期限"
          name="rectificationDeadline"
          extra="到期当天复查整改情况"
          rules={[{ required: true, message: "请选择整改期限" }]}
        >
          <DatePicker />
        </Form.Item>
      )}
      {result === "PENALTY" && (
        <Form.Item
          label="处罚决定书文号"
          name="penaltyDocumentNumber"
          rules={[{ required: true, whitespace: true, message: "请输入处罚决定书文号" }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        label="情况说明"
        name="summary"
        rules={[{ required: true, whitespace: true, message: "请填写情况说明" }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label="证据材料" name="attachmentIds">
        <AttachmentUpload label="上传证据" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        提交反馈
      </Button>
    </Form>
  );
}
