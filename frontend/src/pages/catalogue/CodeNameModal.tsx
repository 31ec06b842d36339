import { Alert, Form, Input, Modal, Switch } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import {
  CreateHandlingItemDocument,
  CreateSupervisionSubItemDocument,
  UpdateHandlingItemDocument,
  UpdateSupervisionSubItemDocument,
} from "./operations";
import { submitForm } from "./submit";

// The form of the two small parts of the catalogue: a handling item
// (业务办理项) of an approval item and a sub-item (监管事项子项) of a
// supervision item. Both are a code, a name and whether active.

export interface CodeNameTarget {
  kind: "handlingItem" | "subItem";
  /** The approval item (handling item) or supervision item (sub-item). */
  parentId: string;
  parentLabel: string;
  id?: string;
  code: string;
  name: string;
  isActive: boolean;
}

interface Values {
  code: string;
  name: string;
  isActive: boolean;
}

const FIELDS = ["code", "name", "isActive"] as const;

const NOUN = { handlingItem: "业务办理项", subItem: "监管事项子项" } as const;

interface Props {
  target: CodeNameTarget | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}

export function CodeNameModal({ target, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [createHandling, createHandlingItem] = useMutation(CreateHandlingItemDocument);
  const [updateHandling, updateHandlingItem] = useMutation(UpdateHandlingItemDocument);
  const [createSub, createSubItem] = useMutation(CreateSupervisionSubItemDocument);
  const [updateSub, updateSubItem] = useMutation(UpdateSupervisionSubItemDocument);
  const fetching =
    createHandling.fetching || updateHandling.fetching || createSub.fetching || updateSub.fetching;
  const editing = !!target?.id;
  const noun = target ? NOUN[target.kind] : "";

  const submit = async (values: Values) => {
    if (!target) return;
    const code = values.code.trim();
    const name = values.name.trim();
    const saved = await submitForm<object>(form, FIELDS, setFormError, async () => {
      if (target.kind === "handlingItem") {
        if (target.id) {
          const r = await updateHandlingItem({
            input: { id: target.id, code, name, isActive: values.isActive },
          });
          return { error: r.error, result: r.data?.updateHandlingItem };
        }
        const r = await createHandlingItem({
          input: { approvalItemId: target.parentId, code, name },
        });
        return { error: r.error, result: r.data?.createHandlingItem };
      }
      if (target.id) {
        const r = await updateSubItem({
          input: { id: target.id, code, name, isActive: values.isActive },
        });
        return { error: r.error, result: r.data?.updateSupervisionSubItem };
      }
      const r = await createSubItem({
        input: { supervisionItemId: target.parentId, code, name },
      });
      return { error: r.error, result: r.data?.createSupervisionSubItem };
    });
    if (saved) onSaved(name);
  };

  return (
    <Modal
      title={`${editing ? "编辑" : "新建"}${noun}`}
      open={target !== null}
      okText="保存"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
      width={560}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {target && (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={{ code: target.code, name: target.name, isActive: target.isActive }}
        >
          <Form.Item label={target.kind === "handlingItem" ? "所属审批事项" : "所属监管事项"}>
            <Input value={target.parentLabel} disabled />
          </Form.Item>
          <Form.Item
            label={`${noun}编码`}
            name="code"
            rules={[{ required: true, whitespace: true, message: "请输入编码" }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={`${noun}名称`}
            name="name"
            rules={[{ required: true, whitespace: true, message: "请输入名称" }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          {editing && (
            <Form.Item label="启用" name="isActive" valuePropName="checked">
              <Switch checkedChildren="启用" unCheckedChildren="停用" />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
