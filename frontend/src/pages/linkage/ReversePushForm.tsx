import { Alert, App, Button, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import { submitForm } from "../catalogue/submit";
import { REVERSE_PUSH_KIND_LABELS, REVERSE_PUSH_KINDS, type ReversePushKindKey } from "./labels";
import { ReversePushDocument } from "./operations";

interface ReverseValues {
  kind: ReversePushKindKey;
  documentNumber: string;
  decisionDate: Dayjs;
  content: string;
  licenseeNumber: string;
  licenseeName?: string;
  attachmentIds?: string[];
}

const FIELDS = [
  "kind",
  "documentNumber",
  "decisionDate",
  "content",
  "licenseeNumber",
  "licenseeName",
  "attachmentIds",
] as const;

/** 监管信息推送 (P5): to the approval department within 3 working days of the decision. */
export function ReversePushForm({
  pushId,
  licensee,
  onSaved,
}: {
  pushId: string;
  licensee: { number: string; name: string };
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ReverseValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, push] = useMutation(ReversePushDocument);

  const submit = async (values: ReverseValues) => {
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await push({
        input: {
          pushId,
          kind: values.kind,
          documentNumber: values.documentNumber.trim(),
          decisionDate: values.decisionDate.format("YYYY-MM-DD"),
          content: values.content,
          licenseeNumber: values.licenseeNumber.trim(),
          licenseeName: values.licenseeName?.trim() ?? "",
          attachmentIds: values.attachmentIds ?? [],
        },
      });
      return { error: r.error, result: r.data?.reversePush };
    });
    if (saved && saved.__typename === "ReversePushSuccess") {
      const late = saved.reversePush.pushDue.workingDaysLate;
      message.success(
        late ? `已推送监管信息（决定后逾期 ${late} 个工作日推送）` : "已推送监管信息至审批部门",
      );
      form.resetFields();
      onSaved();
    }
  };

  return (
    <Form<ReverseValues>
      name="reversePush"
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        decisionDate: dayjs(),
        licenseeNumber: licensee.number,
        licenseeName: licensee.name,
      }}
      aria-label="监管信息推送"
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form.Item
        label="信息类型"
        name="kind"
        rules={[{ required: true, message: "请选择信息类型" }]}
      >
        <Select
          style={{ width: 240 }}
          showSearch={{ optionFilterProp: "label" }}
          options={REVERSE_PUSH_KINDS.map((k) => ({
            value: k,
            label: REVERSE_PUSH_KIND_LABELS[k],
          }))}
        />
      </Form.Item>
      <Form.Item
        label="决定文书编号"
        name="documentNumber"
        rules={[{ required: true, whitespace: true, message: "请输入决定文书编号" }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="决定日期"
        name="decisionDate"
        extra="决定后 3 个工作日内推送"
        rules={[{ required: true, message: "请选择决定日期" }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        label="行政相对人代码"
        name="licenseeNumber"
        rules={[{ required: true, whitespace: true, message: "请输入统一社会信用代码或身份证号" }]}
      >
        <Input autoComplete="off" maxLength={18} />
      </Form.Item>
      <Form.Item label="行政相对人名称" name="licenseeName">
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="信息内容"
        name="content"
        rules={[{ required: true, whitespace: true, message: "请填写信息内容" }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label="附件" name="attachmentIds">
        <AttachmentUpload />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        推送至审批部门
      </Button>
    </Form>
  );
}
