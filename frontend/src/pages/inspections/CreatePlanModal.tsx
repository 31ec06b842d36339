import { Alert, Form, Input, InputNumber, Modal, Select, Space } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { useViewer } from "../../auth/AuthContext";
import type { CreditGrade } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import {
  CreateInspectionPlanDocument,
  DepartmentPeopleDocument,
  InspectorsDocument,
} from "./operations";

interface Values {
  supervisionItemId: string;
  name: string;
  rateA?: number;
  rateB?: number;
  rateC?: number;
  rateD?: number;
  inspectorsPerTarget?: number;
  workingDays?: number;
}

const GRADES: CreditGrade[] = ["A", "B", "C", "D"];

/** 新建抽查计划 (R4): a supervision item of the department, rates per credit grade. */
export function CreatePlanModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const viewer = useViewer();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateInspectionPlanDocument);
  const [people] = useQuery({
    query: DepartmentPeopleDocument,
    variables: { departmentId: viewer.department?.id ?? null },
    pause: !open,
  });
  const [defaults] = useQuery({ query: InspectorsDocument, pause: !open });
  const rateOf = (g: CreditGrade) =>
    defaults.data?.inspectionRateDefaults.find((r) => r.grade === g)?.ratePercent;

  const submit = async (values: Values) => {
    const rates = GRADES.flatMap((g) => {
      const value = values[`rate${g}` as keyof Values] as number | undefined;
      return value === undefined || value === null ? [] : [{ grade: g, ratePercent: value }];
    });
    const saved = await submitForm(
      form,
      ["supervisionItemId", "name", "inspectorsPerTarget", "workingDays"],
      setFormError,
      async () => {
        const r = await create({
          input: {
            supervisionItemId: values.supervisionItemId,
            name: values.name,
            rates,
            inspectorsPerTarget: values.inspectorsPerTarget ?? null,
            workingDays: values.workingDays ?? null,
          },
        });
        return { error: r.error, result: r.data?.createInspectionPlan };
      },
    );
    if (saved && saved.__typename === "CreateInspectionPlanSuccess") onCreated();
  };

  return (
    <Modal
      title="新建抽查计划"
      open={open}
      okText="创建"
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
      <Form
        name="createInspectionPlan"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          label="监管事项"
          name="supervisionItemId"
          rules={[{ required: true, message: "请选择监管事项" }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            placeholder="本部门的监管事项"
            options={(people.data?.supervisionItems.nodes ?? []).map((i) => ({
              value: i.id,
              label: `${i.code} ${i.name}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label="计划名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: "请填写计划名称" }]}
        >
          <Input maxLength={100} placeholder="如 2026 年食品经营双随机抽查" />
        </Form.Item>
        <Form.Item label="各信用等级的抽查比例（%，不填用默认）" name="rates">
          <Space wrap>
            {GRADES.map((g) => (
              <Form.Item key={g} name={`rate${g}`} noStyle>
                <InputNumber
                  aria-label={`${g} 级比例`}
                  min={0}
                  max={100}
                  prefix={`${g}`}
                  placeholder={String(rateOf(g) ?? "")}
                  style={{ width: 110 }}
                />
              </Form.Item>
            ))}
          </Space>
        </Form.Item>
        <Space size="large">
          <Form.Item label="每个对象的检查人员数" name="inspectorsPerTarget">
            <InputNumber min={1} max={5} placeholder="2" />
          </Form.Item>
          <Form.Item label="完成期限（工作日）" name="workingDays">
            <InputNumber min={1} max={60} placeholder="20" />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
