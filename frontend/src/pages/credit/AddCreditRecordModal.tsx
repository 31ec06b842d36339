import { Alert, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";
import { useViewer } from "../../auth/AuthContext";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import { SHOWN_TIME_ZONE } from "../../components/format";
import type { CreditRecordFieldsFragment } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import type { DepartmentOption } from "../users/useDepartments";
import { canChooseRecordingDepartment } from "./access";
import {
  CREDIT_SEVERITY_LABELS,
  CREDIT_SOURCE_LABELS,
  CREDIT_SOURCES,
  DEFAULT_SEVERITY,
  type CreditSeverityKey,
  type CreditSourceKey,
} from "./labels";
import { AddCreditRecordDocument } from "./operations";

interface Values {
  licenseeNumber: string;
  source: CreditSourceKey;
  severity?: CreditSeverityKey;
  occurredOn: Dayjs;
  description: string;
  departmentId?: string;
  attachmentIds?: string[];
}

const FIELDS = [
  "licenseeNumber",
  "source",
  "severity",
  "occurredOn",
  "description",
  "departmentId",
  "attachmentIds",
];

/** 记录信用信息 (R1): source, date, description and evidence of a licensee's credit fact. */
export function AddCreditRecordModal({
  open,
  departments,
  onClose,
  onAdded,
}: {
  open: boolean;
  departments: DepartmentOption[];
  onClose: () => void;
  onAdded: (record: CreditRecordFieldsFragment) => void;
}) {
  const viewer = useViewer();
  const chooseDepartment = canChooseRecordingDepartment(viewer);
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, add] = useMutation(AddCreditRecordDocument);

  const submit = async (values: Values) => {
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await add({
        input: {
          licenseeNumber: values.licenseeNumber.trim(),
          source: values.source,
          severity: values.severity ?? null,
          occurredOn: values.occurredOn.format("YYYY-MM-DD"),
          description: values.description,
          departmentId: chooseDepartment ? (values.departmentId ?? null) : null,
          attachmentIds: values.attachmentIds ?? [],
        },
      });
      return { error: r.error, result: r.data?.addCreditRecord };
    });
    if (saved && saved.__typename === "AddCreditRecordSuccess") onAdded(saved.creditRecord);
  };

  return (
    <Modal
      title="记录信用信息"
      open={open}
      okText="记录"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
      width={620}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="addCreditRecord"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          occurredOn: dayjs().tz(SHOWN_TIME_ZONE).startOf("day"),
          departmentId: viewer.department?.id,
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // A source's default severity, which the recorder may change.
          if (changed.source) form.setFieldValue("severity", DEFAULT_SEVERITY[changed.source]);
        }}
      >
        <Form.Item
          label="统一社会信用代码或身份证号"
          name="licenseeNumber"
          rules={[{ required: true, whitespace: true, message: "请填写行政相对人的代码" }]}
        >
          <Input maxLength={18} placeholder="18 位统一社会信用代码或身份证号" />
        </Form.Item>
        <Form.Item label="来源" name="source" rules={[{ required: true, message: "请选择来源" }]}>
          <Select
            options={CREDIT_SOURCES.map((value) => ({ value, label: CREDIT_SOURCE_LABELS[value] }))}
          />
        </Form.Item>
        <Form.Item label="失信程度" name="severity" extra="默认按来源确定，计入信用风险等级。">
          <Select
            options={(Object.keys(CREDIT_SEVERITY_LABELS) as CreditSeverityKey[]).map((value) => ({
              value,
              label: CREDIT_SEVERITY_LABELS[value],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="发生日期"
          name="occurredOn"
          rules={[{ required: true, message: "请选择发生日期" }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item
          label="内容"
          name="description"
          rules={[{ required: true, whitespace: true, message: "请填写内容" }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        {chooseDepartment && (
          <Form.Item label="记录部门" name="departmentId" extra="该失信事实所属的部门。">
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
        <Form.Item label="证据" name="attachmentIds" extra="决定书等证据文件。">
          <AttachmentUpload label="上传证据" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
