import { Alert, Checkbox, Form, Input, Modal } from "antd";
import { useEffect, useState } from "react";
import { useMutation } from "urql";
import {
  clearFieldErrors,
  combinedErrorMessage,
  resultError,
  showFieldError,
} from "../../api/errors";
import { UpdateUserContactDocument } from "./operations";

// Contact for reminders (M1) and the department's responsible people who receive
// them (接收提醒的责任人, 制度第二十条第一款): e-mail, mobile number, the flag.

export interface ContactForm {
  email: string;
  phone: string;
  receivesReminders: boolean;
}

const FIELDS = ["email", "phone", "receivesReminders"] as const;

/** The contact fields of a user form (create or edit). */
export function ContactFields() {
  return (
    <>
      <Form.Item label="电子邮箱" name="email" extra="接收邮件提醒，可不填">
        <Input autoComplete="off" placeholder="如 zhangsan@baokang.gov.cn" />
      </Form.Item>
      <Form.Item label="手机号码" name="phone" extra="11 位手机号码，接收短信提醒，可不填">
        <Input autoComplete="off" placeholder="如 13800001111" />
      </Form.Item>
      <Form.Item
        name="receivesReminders"
        valuePropName="checked"
        extra="本部门负责接收和反馈的人员：认领、反馈等期限临近和逾期时收到提醒（制度第二十条第一款）；部门未指定时提醒发给部门管理员。"
      >
        <Checkbox>接收提醒的责任人</Checkbox>
      </Form.Item>
    </>
  );
}

interface Props {
  user: {
    id: string;
    displayName: string;
    email: string;
    phone: string;
    receivesReminders: boolean;
  } | null;
  onClose: () => void;
  onSaved: (displayName: string) => void;
}

/** Edit a user's contact for reminders (department and system administrators). */
export function ContactModal({ user, onClose, onSaved }: Props) {
  const [form] = Form.useForm<ContactForm>();
  const [{ fetching }, update] = useMutation(UpdateUserContactDocument);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (user) {
      setFormError(null);
      form.setFieldsValue({
        email: user.email,
        phone: user.phone,
        receivesReminders: user.receivesReminders,
      });
    }
  }, [user, form]);

  const submit = async (values: ContactForm) => {
    if (!user) return;
    setFormError(null);
    clearFieldErrors(form);
    const result = await update({
      input: {
        id: user.id,
        email: (values.email ?? "").trim(),
        phone: (values.phone ?? "").trim(),
        receivesReminders: values.receivesReminders ?? false,
      },
    });
    if (result.error) {
      setFormError(combinedErrorMessage(result.error));
      return;
    }
    const error = resultError(result.data?.updateUser);
    if (error) {
      if (!showFieldError(form, error, FIELDS)) setFormError(error.message);
      return;
    }
    onSaved(user.displayName);
  };

  return (
    <Modal
      title={user ? `提醒联系方式：${user.displayName}` : "提醒联系方式"}
      open={user !== null}
      okText="保存"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      width={520}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<ContactForm> form={form} name="user-contact" layout="vertical" onFinish={submit}>
        <ContactFields />
      </Form>
    </Modal>
  );
}
