import { Alert, Form, Input, Modal, Radio } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import type { JointReviewOutcome } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { OUTCOME_LABELS } from "./labels";
import { DecideJointReviewDocument } from "./operations";

interface Values {
  outcome: JointReviewOutcome;
  decision: string;
  attachmentIds?: string[];
}

const FIELDS = ["outcome", "decision", "attachmentIds"];

/** 作出会审决定 (J2): pushed to the departments of the joint review. */
export function DecideModal({
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
  const [{ fetching }, decide] = useMutation(DecideJointReviewDocument);

  const submit = async (values: Values) => {
    if (!requestId) return;
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await decide({
        input: {
          requestId,
          outcome: values.outcome,
          decision: values.decision,
          attachmentIds: values.attachmentIds ?? [],
        },
      });
      return { error: r.error, result: r.data?.decideJointReview };
    });
    if (saved && saved.__typename === "DecideJointReviewSuccess") onDone();
  };

  return (
    <Modal
      title="作出会审决定"
      open={requestId !== null}
      okText="记录决定"
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
        name="decideJointReview"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
      >
        <Form.Item label="决定" name="outcome" rules={[{ required: true, message: "请选择决定" }]}>
          <Radio.Group
            options={(Object.keys(OUTCOME_LABELS) as JointReviewOutcome[]).map((value) => ({
              value,
              label: OUTCOME_LABELS[value],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="决定意见"
          name="decision"
          rules={[{ required: true, whitespace: true, message: "请填写决定意见" }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item label="决定文书" name="attachmentIds" extra="可不填。">
          <AttachmentUpload label="上传决定文书" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
