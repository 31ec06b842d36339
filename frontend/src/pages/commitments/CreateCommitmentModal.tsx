import { Alert, DatePicker, Form, Input, Modal, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";
import type {
  CommitmentFieldsFragment,
  CommitmentMode,
  CreditCheckFieldsFragment,
} from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import type { CommitmentItem } from "./CreditCheckCard";
import { COMMITMENT_MODE_LABELS } from "./labels";
import { CreateCommitmentDocument } from "./operations";

interface Values {
  handlingItemId: string;
  mode: CommitmentMode;
  licenseeName: string;
  content: string;
  contactPhone?: string;
  contactEmail?: string;
  materials?: string;
  dueOn?: Dayjs | null;
}

const FIELDS = [
  "handlingItemId",
  "mode",
  "licenseeName",
  "content",
  "contactPhone",
  "contactEmail",
  "materials",
  "dueOn",
];

function lines(value?: string): string[] {
  return (value ?? "")
    .split(/[\n，,、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** 受理告知承诺 (K2–K4) on an allowed credit check. */
export function CreateCommitmentModal({
  check,
  item,
  onClose,
  onCreated,
}: {
  check: CreditCheckFieldsFragment | null;
  item: CommitmentItem | null;
  onClose: () => void;
  onCreated: (commitment: CommitmentFieldsFragment) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateCommitmentDocument);
  const mode = Form.useWatch("mode", form);

  const submit = async (values: Values) => {
    if (!check) return;
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await create({
        input: {
          creditCheckId: check.id,
          handlingItemId: values.handlingItemId,
          mode: values.mode,
          licenseeName: values.licenseeName,
          content: values.content,
          contactPhone: values.contactPhone ?? "",
          contactEmail: values.contactEmail ?? "",
          materials: values.mode === "DEFERRED_MATERIALS" ? lines(values.materials) : [],
          dueOn: values.dueOn ? values.dueOn.format("YYYY-MM-DD") : null,
        },
      });
      return { error: r.error, result: r.data?.createCommitment };
    });
    if (saved && saved.__typename === "CreateCommitmentSuccess") onCreated(saved.commitment);
  };

  return (
    <Modal
      title="受理告知承诺"
      open={check !== null}
      okText="受理"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
      width={640}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="createCommitment"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          handlingItemId: item?.handlingItems[0]?.id,
          mode: item?.commitmentModes[0],
        }}
      >
        <Form.Item label="申请人代码">
          <Input value={check?.licenseeNumber} disabled />
        </Form.Item>
        <Form.Item
          label="业务办理项"
          name="handlingItemId"
          rules={[{ required: true, message: "请选择业务办理项" }]}
        >
          <Select
            aria-label="业务办理项"
            options={(item?.handlingItems ?? []).map((h) => ({
              value: h.id,
              label: `${h.name}（${h.code}）`,
            }))}
          />
        </Form.Item>
        <Form.Item label="告知承诺方式" name="mode" rules={[{ required: true }]}>
          <Select
            aria-label="告知承诺方式"
            options={(item?.commitmentModes ?? []).map((m) => ({
              value: m,
              label: COMMITMENT_MODE_LABELS[m],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="申请人名称"
          name="licenseeName"
          rules={[{ required: true, whitespace: true, message: "请填写申请人名称" }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="承诺内容"
          name="content"
          rules={[{ required: true, whitespace: true, message: "请填写承诺内容" }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        {mode === "DEFERRED_MATERIALS" && (
          <>
            <Form.Item
              label="承诺补交的材料"
              name="materials"
              extra="每行一项。"
              rules={[{ required: true, whitespace: true, message: "请列明承诺补交的材料" }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
            <Form.Item
              label="承诺截止日期"
              name="dueOn"
              extra="截止前一天向申请人发送补交提醒。"
              rules={[{ required: true, message: "请选择承诺截止日期" }]}
            >
              <DatePicker aria-label="承诺截止日期" />
            </Form.Item>
          </>
        )}
        <Form.Item label="联系电话" name="contactPhone">
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item label="电子邮箱" name="contactEmail">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
