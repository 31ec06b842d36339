import { Alert, Form, Input, Modal, Select, Switch } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import type { KeyArea } from "../../gql/graphql";
import type { DepartmentOption } from "../users/useDepartments";
import { KEY_AREA_LABELS, KEY_AREAS } from "./labels";
import { CreateSupervisionItemDocument, UpdateSupervisionItemDocument } from "./operations";
import { submitForm } from "./submit";

export interface SupervisionItemValues {
  id?: string;
  code: string;
  name: string;
  departmentId: string | null;
  legalBasis: string;
  isKey: boolean;
  keyArea: KeyArea | null;
  isActive: boolean;
}

const FIELDS = ["code", "name", "departmentId", "legalBasis", "isKey", "keyArea", "isActive"];

interface Props {
  initial: SupervisionItemValues | null;
  departments: DepartmentOption[];
  onClose: () => void;
  onSaved: (name: string) => void;
}

export function SupervisionItemModal({ initial, departments, onClose, onSaved }: Props) {
  const [form] = Form.useForm<SupervisionItemValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateSupervisionItemDocument);
  const [{ fetching: updating }, update] = useMutation(UpdateSupervisionItemDocument);
  const isKey = Form.useWatch("isKey", form);
  const editing = !!initial?.id;

  const submit = async (values: SupervisionItemValues) => {
    const common = {
      code: values.code.trim(),
      name: values.name.trim(),
      departmentId: values.departmentId ?? "",
      legalBasis: values.legalBasis ?? "",
      isKey: values.isKey,
      keyArea: values.isKey ? (values.keyArea ?? null) : null,
    };
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      if (editing) {
        const r = await update({
          input: { id: initial!.id!, ...common, isActive: values.isActive },
        });
        return { error: r.error, result: r.data?.updateSupervisionItem };
      }
      const r = await create({ input: common });
      return { error: r.error, result: r.data?.createSupervisionItem };
    });
    if (saved && saved.__typename === "SupervisionItemSuccess") {
      onSaved(saved.supervisionItem.name);
    }
  };

  return (
    <Modal
      title={editing ? "编辑监管事项" : "新建监管事项"}
      open={initial !== null}
      okText="保存"
      cancelText="取消"
      confirmLoading={creating || updating}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
      width={640}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {initial && (
        <Form<SupervisionItemValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={initial}
        >
          <Form.Item
            label="事项编码"
            name="code"
            rules={[{ required: true, whitespace: true, message: "请输入事项编码" }]}
          >
            <Input autoComplete="off" placeholder="如 BKJG-SCJ-05" />
          </Form.Item>
          <Form.Item
            label="事项名称"
            name="name"
            rules={[{ required: true, whitespace: true, message: "请输入事项名称" }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="监管部门"
            name="departmentId"
            rules={[{ required: true, message: "请选择监管部门" }]}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={departments
                .filter((d) => d.kind === "SUPERVISION")
                .map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item label="监管依据" name="legalBasis">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item
            label="重点监管"
            name="isKey"
            valuePropName="checked"
            extra="安全生产、卫生健康、食品药品、特种设备、危险化学品等领域实行重点监管（制度第十二条）"
          >
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          {isKey && (
            <Form.Item
              label="重点监管领域"
              name="keyArea"
              rules={[{ required: true, message: "请选择重点监管领域" }]}
            >
              <Select
                options={KEY_AREAS.map((area) => ({ value: area, label: KEY_AREA_LABELS[area] }))}
              />
            </Form.Item>
          )}
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
