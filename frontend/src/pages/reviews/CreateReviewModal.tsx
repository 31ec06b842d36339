import { Alert, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { useViewer } from "../../auth/AuthContext";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import { SHOWN_TIME_ZONE } from "../../components/format";
import type { JointReviewKind } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import type { DepartmentOption } from "../users/useDepartments";
import { KIND_LABELS, KINDS } from "./labels";
import { CreateJointReviewRequestDocument, ReviewApprovalItemsDocument } from "./operations";

interface Values {
  kind: JointReviewKind;
  licenseeNumber: string;
  licenseeName: string;
  approvalItemId: string;
  subject: string;
  noticeDate: Dayjs;
  departmentIds: string[];
  attachmentIds?: string[];
  staff?: string[];
}

const FIELDS = [
  "kind",
  "licenseeNumber",
  "licenseeName",
  "approvalItemId",
  "subject",
  "noticeDate",
  "departmentIds",
  "attachmentIds",
  "staff",
];

/** 发出商请函 (J1): kind, the application, the departments and the written notice. */
export function CreateReviewModal({
  open,
  departments,
  onClose,
  onCreated,
}: {
  open: boolean;
  departments: DepartmentOption[];
  onClose: () => void;
  onCreated: () => void;
}) {
  const viewer = useViewer();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, create] = useMutation(CreateJointReviewRequestDocument);
  const [items] = useQuery({
    query: ReviewApprovalItemsDocument,
    variables: { departmentId: viewer.department?.id ?? null },
    pause: !open,
  });

  const submit = async (values: Values) => {
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await create({
        input: {
          kind: values.kind,
          licenseeNumber: values.licenseeNumber.trim(),
          licenseeName: values.licenseeName,
          approvalItemId: values.approvalItemId,
          subject: values.subject,
          noticeDate: values.noticeDate.format("YYYY-MM-DD"),
          departmentIds: values.departmentIds,
          attachmentIds: values.attachmentIds ?? [],
          staff: values.staff ?? [],
        },
      });
      return { error: r.error, result: r.data?.createJointReviewRequest };
    });
    if (saved && saved.__typename === "CreateJointReviewRequestSuccess") onCreated();
  };

  return (
    <Modal
      title="发出商请函"
      open={open}
      okText="发出"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
      width={660}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="createJointReview"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          kind: "SITE_SURVEY",
          noticeDate: dayjs().tz(SHOWN_TIME_ZONE).startOf("day"),
        }}
      >
        <Form.Item label="会审方式" name="kind" rules={[{ required: true }]}>
          <Select options={KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))} />
        </Form.Item>
        <Form.Item
          label="申请人统一社会信用代码或身份证号"
          name="licenseeNumber"
          rules={[{ required: true, whitespace: true, message: "请填写申请人的代码" }]}
        >
          <Input maxLength={18} placeholder="18 位统一社会信用代码或身份证号" />
        </Form.Item>
        <Form.Item
          label="申请人名称"
          name="licenseeName"
          rules={[{ required: true, whitespace: true, message: "请填写申请人名称" }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="审批事项"
          name="approvalItemId"
          rules={[{ required: true, message: "请选择审批事项" }]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            loading={items.fetching}
            options={(items.data?.approvalItems.nodes ?? []).map((item) => ({
              value: item.id,
              label: `${item.name}（${item.code}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label="会审事由"
          name="subject"
          rules={[{ required: true, whitespace: true, message: "请填写会审事由" }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          label="会审部门"
          name="departmentIds"
          rules={[{ required: true, message: "请选择会审部门" }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: "label" }}
            options={departments
              .filter((d) => d.id !== viewer.department?.id && d.kind !== "COORDINATION")
              .map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item
          label="书面通知日期"
          name="noticeDate"
          rules={[{ required: true, message: "请选择书面通知日期" }]}
          extra="各部门须在通知后 3 个工作日内答复。"
        >
          <DatePicker />
        </Form.Item>
        <Form.Item label="派出人员" name="staff" extra="本部门派出参加会审的人员，可不填。">
          <Select mode="tags" open={false} placeholder="输入姓名后回车" />
        </Form.Item>
        <Form.Item
          label="书面通知（商请函）"
          name="attachmentIds"
          rules={[{ required: true, message: "请上传书面通知" }]}
        >
          <AttachmentUpload label="上传书面通知" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
