import { Alert, Button, DatePicker, Divider, Drawer, Form, Input, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";
import { useViewer } from "../../auth/AuthContext";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import { submitForm } from "../catalogue/submit";
import { RecordApprovalDecisionDocument } from "./operations";
import { useHandlingItemOptions } from "./useHandlingItemOptions";

// 录入审批决定 (P1): every field the push carries. The API's INVALID_INPUT
// errors name the input field (e.g. licensee.number), shown under it.

interface DecisionValues {
  handlingItemId?: string;
  documentNumber: string;
  licensee: {
    number: string;
    name: string;
    contactPhone?: string;
    address?: string;
    legalRepresentative?: string;
  };
  licenseDate: Dayjs;
  validFrom?: Dayjs | null;
  validUntil?: Dayjs | null;
  licenseContent: string;
  materials?: string;
  handlingOpinion?: string;
  commitmentContent?: string;
  attachmentIds?: string[];
}

const FIELDS = [
  "handlingItemId",
  "documentNumber",
  "licensee",
  "licenseDate",
  "validFrom",
  "validUntil",
  "licenseContent",
  "materials",
  "handlingOpinion",
  "commitmentContent",
  "attachmentIds",
] as const;

const day = (value: Dayjs | null | undefined) => (value ? value.format("YYYY-MM-DD") : null);

interface Props {
  open: boolean;
  onClose: () => void;
  /** The push was recorded: its document number and where it went. */
  onRecorded: (documentNumber: string, departmentName: string | null) => void;
}

export function DecisionDrawer({ open, onClose, onRecorded }: Props) {
  const viewer = useViewer();
  const [form] = Form.useForm<DecisionValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordApprovalDecisionDocument);
  const items = useHandlingItemOptions(viewer.department?.id);

  const submit = async (values: DecisionValues) => {
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await record({
        input: {
          handlingItemId: values.handlingItemId ?? "",
          documentNumber: values.documentNumber.trim(),
          licensee: {
            number: values.licensee.number.trim(),
            name: values.licensee.name.trim(),
            contactPhone: values.licensee.contactPhone?.trim() ?? "",
            address: values.licensee.address?.trim() ?? "",
            legalRepresentative: values.licensee.legalRepresentative?.trim() ?? "",
          },
          licenseDate: day(values.licenseDate) ?? "",
          validFrom: day(values.validFrom),
          validUntil: day(values.validUntil),
          licenseContent: values.licenseContent,
          materials: (values.materials ?? "")
            .split("\n")
            .map((line) => line.trim())
            .filter((line) => line !== ""),
          handlingOpinion: values.handlingOpinion ?? "",
          commitmentContent: values.commitmentContent ?? "",
          attachmentIds: values.attachmentIds ?? [],
        },
      });
      return { error: r.error, result: r.data?.recordApprovalDecision };
    });
    if (saved && saved.__typename === "RecordApprovalDecisionSuccess") {
      form.resetFields();
      onRecorded(saved.push.documentNumber, saved.push.department?.name ?? null);
    }
  };

  return (
    <Drawer
      title="录入审批决定"
      open={open}
      size={720}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={fetching} onClick={() => form.submit()}>
            保存并推送
          </Button>
        </Space>
      }
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {items.error && (
        <Alert type="warning" showIcon title={items.error} style={{ marginBottom: 16 }} />
      )}
      <Form<DecisionValues>
        name="decision"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ licenseDate: dayjs() }}
        scrollToFirstError
      >
        <Divider titlePlacement="start">事项与文书</Divider>
        <Form.Item
          label="业务办理项"
          name="handlingItemId"
          extra="按许可日期生效的已发布清单推送给关联的监管部门"
          rules={[{ required: true, message: "请选择业务办理项" }]}
        >
          <Select
            loading={items.loading}
            disabled={items.loading}
            showSearch={{ optionFilterProp: "label" }}
            placeholder="输入编码或名称搜索"
            options={items.options.map((o) => ({
              value: o.id,
              label: `${o.code} ${o.name}`,
              title: `${o.approvalItemName} → ${o.departmentName ?? "无审管关联"}`,
            }))}
            optionRender={(option) => {
              const o = items.options.find((i) => i.id === option.value);
              return (
                <div>
                  <div>{option.label}</div>
                  <div style={{ color: "#6b7280", fontSize: 12 }}>
                    {o?.departmentName
                      ? `推送至 ${o.departmentName}${o.supervision ? `（${o.supervision}）` : ""}`
                      : "无审管关联：由协调小组分派"}
                  </div>
                </div>
              );
            }}
          />
        </Form.Item>
        <Form.Item
          label="法律文书编号"
          name="documentNumber"
          rules={[{ required: true, whitespace: true, message: "请输入法律文书编号" }]}
        >
          <Input autoComplete="off" placeholder="如 保审许〔2026〕0001 号" />
        </Form.Item>

        <Divider titlePlacement="start">行政相对人</Divider>
        <Form.Item
          label="统一社会信用代码或身份证号"
          name={["licensee", "number"]}
          rules={[
            { required: true, whitespace: true, message: "请输入统一社会信用代码或身份证号" },
          ]}
        >
          <Input autoComplete="off" maxLength={18} />
        </Form.Item>
        <Form.Item
          label="名称或姓名"
          name={["licensee", "name"]}
          rules={[{ required: true, whitespace: true, message: "请输入行政相对人名称" }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Space size="middle" style={{ display: "flex" }} align="start">
          <Form.Item label="法定代表人" name={["licensee", "legalRepresentative"]}>
            <Input autoComplete="off" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label="联系电话" name={["licensee", "contactPhone"]}>
            <Input autoComplete="off" style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Form.Item label="地址" name={["licensee", "address"]}>
          <Input autoComplete="off" />
        </Form.Item>

        <Divider titlePlacement="start">许可信息</Divider>
        <Space size="middle" style={{ display: "flex" }} align="start" wrap>
          <Form.Item
            label="许可日期"
            name="licenseDate"
            rules={[{ required: true, message: "请选择许可日期" }]}
          >
            <DatePicker style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label="有效期起" name="validFrom" extra="不填为许可日期">
            <DatePicker style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label="有效期止" name="validUntil" extra="不填为长期有效">
            <DatePicker style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.Item
          label="许可内容"
          name="licenseContent"
          rules={[{ required: true, whitespace: true, message: "请输入许可内容" }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>

        <Divider titlePlacement="start">审批档案</Divider>
        <Form.Item label="申请材料清单" name="materials" extra="每行一项">
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item label="办理意见" name="handlingOpinion">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label="告知承诺内容" name="commitmentContent">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item
          label="附件"
          name="attachmentIds"
          extra="审批决定书、申请材料等；PDF、OFD、图片、Office 文档或 ZIP，单个不超过 20 MB"
        >
          <AttachmentUpload />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
