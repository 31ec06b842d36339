import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import type { MaterialFieldsFragment } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { WithdrawMaterialDocument } from "./operations";

/** 撤回证照材料 (L1): the material stays in the store, withdrawn, with the reason. */
export function WithdrawMaterialModal({
  material,
  onClose,
  onWithdrawn,
}: {
  material: MaterialFieldsFragment | null;
  onClose: () => void;
  onWithdrawn: (material: MaterialFieldsFragment) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, withdraw] = useMutation(WithdrawMaterialDocument);

  const submit = async ({ reason }: { reason: string }) => {
    if (!material) return;
    const saved = await submitForm(form, ["reason"], setFormError, async () => {
      const r = await withdraw({ input: { materialId: material.id, reason } });
      return { error: r.error, result: r.data?.withdrawMaterial };
    });
    if (saved && saved.__typename === "WithdrawMaterialSuccess") onWithdrawn(saved.material);
  };

  return (
    <Modal
      title="撤回证照材料"
      open={material !== null}
      okText="撤回"
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
      {material && (
        <Form
          name="withdrawMaterial"
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
        >
          <p>
            撤回 {material.licensee.name} 的“{material.name}”后，该材料保留备查，不再视为有效，
            办理业务时须重新提交。
          </p>
          <Form.Item
            label="撤回理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: "请填写撤回理由" }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 6 }}
              maxLength={2000}
              placeholder="如证照已注销、录入错误等"
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
