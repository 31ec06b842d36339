import { Alert, Button, DatePicker, Drawer, Form, Input, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useMutation } from "urql";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import type { MaterialFieldsFragment } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { MATERIAL_CATEGORIES, MATERIAL_CATEGORY_LABELS, type MaterialCategoryKey } from "./labels";
import { AddMaterialDocument, UpdateMaterialDocument } from "./operations";

interface Values {
  licenseeNumber?: string;
  category: MaterialCategoryKey;
  name: string;
  documentNumber?: string;
  issuer: string;
  validFrom: Dayjs;
  validUntil?: Dayjs | null;
  attachmentIds?: string[];
}

const FIELDS = [
  "licenseeNumber",
  "category",
  "name",
  "documentNumber",
  "issuer",
  "validFrom",
  "validUntil",
  "attachmentIds",
];

const day = (value: Dayjs | null | undefined) => (value ? value.format("YYYY-MM-DD") : null);

/**
 * 录入 / 更正证照材料 (L1): a licensee's material with its category, validity period
 * and scanned document. `material` null: a new one (for `licenseeNumber` if given).
 */
export function MaterialDrawer({
  open,
  material,
  licenseeNumber,
  onClose,
  onSaved,
}: {
  open: boolean;
  material: MaterialFieldsFragment | null;
  licenseeNumber: string;
  onClose: () => void;
  onSaved: (material: MaterialFieldsFragment, added: boolean) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: adding }, add] = useMutation(AddMaterialDocument);
  const [{ fetching: updating }, update] = useMutation(UpdateMaterialDocument);

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    form.setFieldsValue(
      material
        ? {
            category: material.category,
            name: material.name,
            documentNumber: material.documentNumber ?? "",
            issuer: material.issuer,
            validFrom: dayjs(material.validFrom),
            validUntil: material.validUntil ? dayjs(material.validUntil) : null,
            attachmentIds: [],
          }
        : { licenseeNumber, attachmentIds: [] },
    );
  }, [open, material, licenseeNumber, form]);

  const submit = async (values: Values) => {
    const fields = {
      category: values.category,
      name: values.name,
      documentNumber: values.documentNumber?.trim() ?? "",
      issuer: values.issuer,
      validFrom: day(values.validFrom)!,
      validUntil: day(values.validUntil),
      attachmentIds: values.attachmentIds ?? [],
    };
    if (material) {
      const saved = await submitForm(form, FIELDS, setFormError, async () => {
        const r = await update({ input: { materialId: material.id, ...fields } });
        return { error: r.error, result: r.data?.updateMaterial };
      });
      if (saved && saved.__typename === "UpdateMaterialSuccess") onSaved(saved.material, false);
      return;
    }
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await add({
        input: { licenseeNumber: (values.licenseeNumber ?? "").trim(), ...fields },
      });
      return { error: r.error, result: r.data?.addMaterial };
    });
    if (saved && saved.__typename === "AddMaterialSuccess") onSaved(saved.material, true);
  };

  return (
    <Drawer
      title={material ? "更正证照材料" : "录入证照材料"}
      open={open}
      size={560}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={adding || updating} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values> name="material" form={form} layout="vertical" onFinish={submit}>
        {material ? (
          <Form.Item label="行政相对人">
            {material.licensee.name}（{material.licensee.number}）
          </Form.Item>
        ) : (
          <Form.Item
            label="统一社会信用代码或身份证号"
            name="licenseeNumber"
            rules={[{ required: true, whitespace: true, message: "请填写行政相对人的代码" }]}
          >
            <Input maxLength={18} placeholder="18 位统一社会信用代码或身份证号" />
          </Form.Item>
        )}
        <Form.Item label="类别" name="category" rules={[{ required: true, message: "请选择类别" }]}>
          <Select
            options={MATERIAL_CATEGORIES.map((value) => ({
              value,
              label: MATERIAL_CATEGORY_LABELS[value],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: "请填写材料名称" }]}
        >
          <Input maxLength={200} placeholder="如 营业执照、食品经营许可证" />
        </Form.Item>
        <Form.Item label="证照编号" name="documentNumber">
          <Input maxLength={100} placeholder="选填" />
        </Form.Item>
        <Form.Item
          label="发证机关"
          name="issuer"
          rules={[{ required: true, whitespace: true, message: "请填写发证机关" }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="有效期起"
          name="validFrom"
          rules={[{ required: true, message: "请选择有效期起始日期" }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item label="有效期至" name="validUntil" extra="最后一个有效日；不填表示长期有效。">
          <DatePicker />
        </Form.Item>
        <Form.Item
          label={material ? "追加扫描件" : "扫描件"}
          name="attachmentIds"
          extra="证照或材料的扫描件（PDF、OFD、图片等）。"
        >
          <AttachmentUpload label="上传扫描件" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
