import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select, Switch } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import type { CommitmentMode } from "../../gql/graphql";
import type { DepartmentOption } from "../users/useDepartments";
import { COMMITMENT_MODE_LABELS, COMMITMENT_MODES, CREDIT_GRADES } from "./labels";
import { CreateApprovalItemDocument, UpdateApprovalItemDocument } from "./operations";
import { submitForm } from "./submit";

export interface ApprovalItemValues {
  id?: string;
  code: string;
  name: string;
  departmentId: string | null;
  legalBasis: string;
  commitmentEligible: boolean;
  commitmentModes: CommitmentMode[];
  verificationPeriodWorkingDays: number | null;
  allowedCreditGrades: string[];
  isActive: boolean;
}

const FIELDS = [
  "code",
  "name",
  "departmentId",
  "legalBasis",
  "commitmentEligible",
  "commitmentModes",
  "verificationPeriodWorkingDays",
  "allowedCreditGrades",
  "isActive",
] as const;

interface Props {
  /** null: closed; without `id`: a new approval item. */
  initial: ApprovalItemValues | null;
  departments: DepartmentOption[];
  onClose: () => void;
  onSaved: (name: string) => void;
}

export function ApprovalItemModal({ initial, departments, onClose, onSaved }: Props) {
  const [form] = Form.useForm<ApprovalItemValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateApprovalItemDocument);
  const [{ fetching: updating }, update] = useMutation(UpdateApprovalItemDocument);
  const eligible = Form.useWatch("commitmentEligible", form);
  const modes = Form.useWatch("commitmentModes", form) ?? [];
  const editing = !!initial?.id;

  const submit = async (values: ApprovalItemValues) => {
    const common = {
      code: values.code.trim(),
      name: values.name.trim(),
      departmentId: values.departmentId ?? "",
      legalBasis: values.legalBasis ?? "",
      commitmentEligible: values.commitmentEligible,
      commitmentModes: values.commitmentEligible ? values.commitmentModes : [],
      verificationPeriodWorkingDays:
        values.commitmentEligible && values.commitmentModes.includes("POST_VERIFICATION")
          ? (values.verificationPeriodWorkingDays ?? null)
          : null,
      allowedCreditGrades: values.commitmentEligible ? values.allowedCreditGrades : [],
    };
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      if (editing) {
        const r = await update({
          input: { id: initial!.id!, ...common, isActive: values.isActive },
        });
        return { error: r.error, result: r.data?.updateApprovalItem };
      }
      const r = await create({ input: common });
      return { error: r.error, result: r.data?.createApprovalItem };
    });
    if (saved && saved.__typename === "ApprovalItemSuccess") {
      onSaved(saved.approvalItem.name);
    }
  };

  return (
    <Modal
      title={editing ? "编辑审批事项" : "新建审批事项"}
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
        <Form<ApprovalItemValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={initial}
        >
          <Form.Item
            label="事项编码"
            name="code"
            extra="字母、数字或 - _ . / ( )，保存为大写"
            rules={[{ required: true, whitespace: true, message: "请输入事项编码" }]}
          >
            <Input autoComplete="off" placeholder="如 BKSP-051" />
          </Form.Item>
          <Form.Item
            label="事项名称"
            name="name"
            rules={[{ required: true, whitespace: true, message: "请输入事项名称" }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="审批部门"
            name="departmentId"
            rules={[{ required: true, message: "请选择审批部门" }]}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={departments
                .filter((d) => d.kind === "APPROVAL")
                .map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item label="设定依据" name="legalBasis">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item label="实行告知承诺制" name="commitmentEligible" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          {eligible && (
            <>
              <Form.Item
                label="告知承诺方式"
                name="commitmentModes"
                rules={[{ required: true, message: "请至少选择一种告知承诺方式" }]}
              >
                <Checkbox.Group
                  options={COMMITMENT_MODES.map((mode) => ({
                    value: mode,
                    label: COMMITMENT_MODE_LABELS[mode],
                  }))}
                />
              </Form.Item>
              {modes.includes("POST_VERIFICATION") && (
                <Form.Item
                  label="核查期限（工作日）"
                  name="verificationPeriodWorkingDays"
                  extra="事后核查须在作出审批决定后的该期限内完成"
                  rules={[{ required: true, message: "请输入核查期限" }]}
                >
                  <InputNumber min={1} max={365} style={{ width: 160 }} />
                </Form.Item>
              )}
              <Form.Item
                label="可适用信用等级"
                name="allowedCreditGrades"
                rules={[{ required: true, message: "请至少选择一个信用等级" }]}
              >
                <Checkbox.Group
                  options={CREDIT_GRADES.map((g) => ({ value: g, label: `${g} 级` }))}
                />
              </Form.Item>
            </>
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
