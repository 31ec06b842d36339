import { Alert, Form, Input, Modal, Radio, Select } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import type { JointReviewRecommendation } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { RECOMMENDATION_LABELS } from "./labels";
import { RespondToJointReviewDocument } from "./operations";

interface Values {
  opinion: string;
  recommendation: JointReviewRecommendation;
  attachmentIds?: string[];
  staff?: string[];
}

const FIELDS = ["opinion", "recommendation", "attachmentIds", "staff"];

/** 答复会审 (J2): opinion, recommendation, staff sent and the signed, sealed written opinion. */
export function RespondModal({
  requestId,
  onClose,
  onDone,
}: {
  requestId: string | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, respond] = useMutation(RespondToJointReviewDocument);

  const submit = async (values: Values) => {
    if (!requestId) return;
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await respond({
        input: {
          requestId,
          opinion: values.opinion,
          recommendation: values.recommendation,
          attachmentIds: values.attachmentIds ?? [],
          staff: values.staff ?? [],
        },
      });
      return { error: r.error, result: r.data?.respondToJointReview };
    });
    if (saved && saved.__typename === "RespondToJointReviewSuccess") onDone();
  };

  return (
    <Modal
      title="答复会审"
      open={requestId !== null}
      okText="提交答复"
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
        name="respondJointReview"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          label="建议"
          name="recommendation"
          rules={[{ required: true, message: "请选择建议" }]}
        >
          <Radio.Group
            options={(Object.keys(RECOMMENDATION_LABELS) as JointReviewRecommendation[]).map(
              (value) => ({ value, label: RECOMMENDATION_LABELS[value] }),
            )}
          />
        </Form.Item>
        <Form.Item
          label="意见"
          name="opinion"
          rules={[{ required: true, whitespace: true, message: "请填写意见" }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item label="派出人员" name="staff" extra="本部门派出参加会审的人员，可不填。">
          <Select mode="tags" open={false} placeholder="输入姓名后回车" />
        </Form.Item>
        <Form.Item
          label="书面意见（签字盖章）"
          name="attachmentIds"
          rules={[{ required: true, message: "请上传签字盖章的书面意见" }]}
        >
          <AttachmentUpload label="上传书面意见" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
