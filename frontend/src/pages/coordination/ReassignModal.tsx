import { Alert, Descriptions, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { submitForm } from "../catalogue/submit";
import type { DepartmentOption } from "../users/useDepartments";
import { ReassignPushDocument } from "./operations";

// 重新分派 (P3): the coordination group hands a routing gap or a returned push
// to a supervision department (the one that returned it is allowed too); the
// department's new 3-working-day claim deadline runs from the reassignment.

export interface ReassignTarget {
  pushId: string;
  documentNumber: string;
  handlingItem: string;
  licensee: string;
  /** The department that returned the push, for a dispute. */
  returnedBy?: string;
  reason?: string;
}

interface Values {
  departmentId: string | null;
  note: string;
}

export function ReassignModal(props: {
  target: ReassignTarget | null;
  departments: DepartmentOption[];
  onClose: () => void;
  onDone: (departmentName: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, reassign] = useMutation(ReassignPushDocument);
  const target = props.target;
  const submit = async (values: Values) => {
    const done = await submitForm(form, ["departmentId", "note"], setFormError, async () => {
      const r = await reassign({
        input: {
          pushId: target!.pushId,
          departmentId: values.departmentId ?? "",
          note: values.note ?? "",
        },
      });
      return { error: r.error, result: r.data?.reassignPush };
    });
    if (done && done.__typename === "ReassignPushSuccess") {
      props.onDone(done.push.department?.name ?? "");
    }
  };
  return (
    <Modal
      title="重新分派"
      open={target !== null}
      okText="分派"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        props.onClose();
      }}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {target && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={{ departmentId: null, note: "" }}
        >
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="法律文书编号">{target.documentNumber}</Descriptions.Item>
            <Descriptions.Item label="业务办理项">{target.handlingItem}</Descriptions.Item>
            <Descriptions.Item label="行政相对人">{target.licensee}</Descriptions.Item>
            {target.returnedBy && (
              <Descriptions.Item label="退回部门">{target.returnedBy}</Descriptions.Item>
            )}
            {target.reason && (
              <Descriptions.Item label="退回理由">{target.reason}</Descriptions.Item>
            )}
          </Descriptions>
          <Form.Item
            label="监管部门"
            name="departmentId"
            extra="分派后该部门须在 3 个工作日内认领，期限自分派时起算"
            rules={[{ required: true, message: "请选择监管部门" }]}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              placeholder="选择负责监管的部门"
              options={props.departments
                .filter((d) => d.kind === "SUPERVISION")
                .map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item label="协调意见" name="note">
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              placeholder="如：依据三定方案由该部门监管"
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
