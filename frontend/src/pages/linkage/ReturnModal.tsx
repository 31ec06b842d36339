import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { submitForm } from "../catalogue/submit";
import { ReturnPushDocument } from "./operations";
import type { PushRow } from "./pushColumns";

/** 退回 (P3): not this department's responsibility; the coordinator reassigns it. */
export function ReturnModal({
  push,
  onClose,
  onReturned,
}: {
  push: PushRow | null;
  onClose: () => void;
  onReturned: (documentNumber: string) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, returnPush] = useMutation(ReturnPushDocument);

  const submit = async ({ reason }: { reason: string }) => {
    if (!push) return;
    const saved = await submitForm(form, ["reason"], setFormError, async () => {
      const r = await returnPush({ input: { pushId: push.id, reason } });
      return { error: r.error, result: r.data?.returnPush };
    });
    if (saved && saved.__typename === "ReturnPushSuccess") onReturned(push.documentNumber);
  };

  return (
    <Modal
      title="退回推送"
      open={push !== null}
      okText="退回"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {push && (
        <Form name="returnPush" form={form} layout="vertical" onFinish={submit} preserve={false}>
          <p>
            {push.documentNumber}（{push.handlingItemName}，{push.licensee.name}
            ）将退回协调小组重新分派。
          </p>
          <Form.Item
            label="退回理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: "请填写退回理由" }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 6 }}
              placeholder="说明不属于本部门职责的依据"
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
