import { Alert, App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { submitForm } from "../catalogue/submit";
import type { DepartmentOption } from "../users/useDepartments";
import { ForwardReportDocument } from "./operations";

// 转交举报: the coordinator hands a report the coordination group received to the
// supervision department responsible (forwardReport).

const FIELDS = ["departmentId", "note"] as const;

interface Values {
  departmentId: string;
  note: string;
}

export function ForwardReportModal({
  report,
  departments,
  onClose,
  onDone,
}: {
  report: { id: string; receiptNumber: string } | null;
  departments: DepartmentOption[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, forward] = useMutation(ForwardReportDocument);
  const submit = async (values: Values) => {
    if (!report) return;
    const done = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await forward({
        input: { reportId: report.id, departmentId: values.departmentId, note: values.note },
      });
      return { error: r.error, result: r.data?.forwardReport };
    });
    if (done?.__typename === "ForwardReportSuccess") {
      message.success(
        `已将举报 ${report.receiptNumber} 转交 ${done.report.departments[0]?.name ?? ""}`,
      );
      onDone();
    }
  };
  return (
    <Modal
      title="转交举报"
      open={report !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="转交"
      confirmLoading={fetching}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="departmentId"
          label="监管部门"
          rules={[{ required: true, message: "请选择监管部门" }]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={departments
              .filter((d) => d.kind === "SUPERVISION")
              .map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label="转交说明"
          rules={[{ required: true, message: "请填写转交说明" }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
