import { Alert, Form, Input, Modal } from "antd";
import { useState, type ReactNode } from "react";
import type { CombinedError } from "urql";
import { submitForm } from "../pages/catalogue/submit";

type Typed = { __typename?: string };

/**
 * A confirmation that needs a reason (撤回、移出黑名单、退回、拒绝、解除…): a title,
 * a short text about the subject, one required reason and the mutation's result
 * union. A field error comes back under the reason, any other error above it;
 * `onDone` gets the union's success member (`success` names its type).
 */
export function ReasonModal<
  TSubject,
  TResult extends Typed,
  TSuccess extends NonNullable<TResult["__typename"]>,
>({
  subject,
  title,
  okText,
  danger = false,
  name,
  intro,
  label,
  placeholder,
  maxLength,
  fetching,
  run,
  success,
  onDone,
  onClose,
}: {
  /** What the action is about; the modal is open while it is not null. */
  subject: TSubject | null;
  title: string;
  okText: string;
  danger?: boolean;
  /** The form's name (field ids are `<name>_reason`). */
  name: string;
  intro: (subject: TSubject) => ReactNode;
  /** The reason's label, e.g. 撤回理由; the required message is 请填写<label>. */
  label: string;
  placeholder?: string;
  maxLength?: number;
  fetching: boolean;
  run: (
    subject: TSubject,
    reason: string,
  ) => Promise<{ error?: CombinedError; result: TResult | null | undefined }>;
  success: TSuccess;
  onDone: (result: Extract<TResult, { __typename?: TSuccess }>, subject: TSubject) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async ({ reason }: { reason: string }) => {
    if (subject === null) return;
    const saved = await submitForm(form, ["reason"], setFormError, () => run(subject, reason));
    if (saved && saved.__typename === success) {
      onDone(saved as Extract<TResult, { __typename?: TSuccess }>, subject);
    }
  };

  return (
    <Modal
      title={title}
      open={subject !== null}
      okText={okText}
      okButtonProps={danger ? { danger: true } : undefined}
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
      {subject !== null && (
        <Form name={name} form={form} layout="vertical" onFinish={submit} preserve={false}>
          {intro(subject)}
          <Form.Item
            label={label}
            name="reason"
            rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 6 }}
              maxLength={maxLength}
              placeholder={placeholder}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
