import { Alert, App, Button, Form, Input, Radio } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import { submitForm } from "../catalogue/submit";
import {
  LICENSE_REQUEST_KIND_LABELS,
  LICENSE_REQUEST_KINDS,
  type LicenseRequestKindKey,
} from "./labels";
import { SubmitLicenseRequestDocument } from "./operations";

interface RequestValues {
  kind: LicenseRequestKindKey;
  reason: string;
  legalBasis?: string;
  attachmentIds?: string[];
}

const FIELDS = ["kind", "reason", "legalBasis", "attachmentIds"] as const;

/** 函告审批部门 (S4): ask for a change, withdrawal, revocation or cancellation, with evidence. */
export function LicenseRequestForm({
  pushId,
  taskId,
  onSaved,
}: {
  pushId: string;
  taskId: string | null;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, submitRequest] = useMutation(SubmitLicenseRequestDocument);

  const submit = async (values: RequestValues) => {
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await submitRequest({
        input: {
          pushId,
          taskId,
          kind: values.kind,
          reason: values.reason,
          legalBasis: values.legalBasis ?? "",
          attachmentIds: values.attachmentIds ?? [],
        },
      });
      return { error: r.error, result: r.data?.submitLicenseRequest };
    });
    if (saved && saved.__typename === "SubmitLicenseRequestSuccess") {
      message.success(`已向审批部门提出${LICENSE_REQUEST_KIND_LABELS[values.kind]}许可的申请`);
      form.resetFields();
      onSaved();
    }
  };

  return (
    <Form<RequestValues>
      name="licenseRequest"
      form={form}
      layout="vertical"
      onFinish={submit}
      aria-label="许可处理函告"
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form.Item
        label="申请类型"
        name="kind"
        rules={[{ required: true, message: "请选择申请类型" }]}
      >
        <Radio.Group
          options={LICENSE_REQUEST_KINDS.map((k) => ({
            value: k,
            label: `${LICENSE_REQUEST_KIND_LABELS[k]}许可`,
          }))}
        />
      </Form.Item>
      <Form.Item
        label="理由"
        name="reason"
        rules={[{ required: true, whitespace: true, message: "请填写理由" }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item label="法律依据" name="legalBasis">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.Item
        label="证据材料"
        name="attachmentIds"
        rules={[{ required: true, type: "array", min: 1, message: "请至少上传一份证据材料" }]}
      >
        <AttachmentUpload label="上传证据" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={fetching}>
        提交申请
      </Button>
    </Form>
  );
}
