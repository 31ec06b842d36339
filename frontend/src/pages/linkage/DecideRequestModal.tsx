import { Alert, Checkbox, Form, Input, Modal, Radio } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import { submitForm } from "../catalogue/submit";
import { DecideLicenseRequestDocument, ReviewLicenseRequestDocument } from "./operations";

export interface RequestTarget {
  id: string;
  title: string;
  /** review: 审查 (joint meeting); decide: 决定. */
  action: "review" | "decide";
}

interface Values {
  jointMeeting?: boolean;
  note?: string;
  approved?: boolean;
  decisionNote?: string;
  decisionDocumentNumber?: string;
  attachmentIds?: string[];
}

/** 审查 / 决定 a license request (S4). */
export function DecideRequestModal({
  target,
  onClose,
  onDone,
}: {
  target: RequestTarget | null;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching: reviewing }, review] = useMutation(ReviewLicenseRequestDocument);
  const [{ fetching: deciding }, decide] = useMutation(DecideLicenseRequestDocument);
  const decision = target?.action === "decide";

  const submit = async (values: Values) => {
    if (!target) return;
    if (target.action === "review") {
      const saved = await submitForm(form, ["jointMeeting", "note"], setFormError, async () => {
        const r = await review({
          input: {
            requestId: target.id,
            jointMeeting: !!values.jointMeeting,
            note: values.note ?? "",
          },
        });
        return { error: r.error, result: r.data?.reviewLicenseRequest };
      });
      if (saved && saved.__typename === "ReviewLicenseRequestSuccess") onDone("已记录审查情况");
      return;
    }
    const saved = await submitForm(
      form,
      ["approved", "decisionNote", "decisionDocumentNumber", "attachmentIds"],
      setFormError,
      async () => {
        const r = await decide({
          input: {
            requestId: target.id,
            approved: !!values.approved,
            decisionNote: values.decisionNote ?? "",
            decisionDocumentNumber: values.decisionDocumentNumber?.trim() ?? "",
            attachmentIds: values.attachmentIds ?? [],
          },
        });
        return { error: r.error, result: r.data?.decideLicenseRequest };
      },
    );
    if (saved && saved.__typename === "DecideLicenseRequestSuccess") {
      onDone(values.approved ? "已同意，许可状态已更新" : "已作出不予同意的决定");
    }
  };

  return (
    <Modal
      title={target ? `${decision ? "决定" : "审查"}：${target.title}` : ""}
      open={target !== null}
      okText={decision ? "作出决定" : "保存"}
      cancelText="取消"
      confirmLoading={reviewing || deciding}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values>
        name="requestDecision"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
      >
        {decision ? (
          <>
            <Form.Item
              label="决定"
              name="approved"
              rules={[{ required: true, message: "请选择决定" }]}
            >
              <Radio.Group
                options={[
                  { value: true, label: "同意" },
                  { value: false, label: "不予同意" },
                ]}
              />
            </Form.Item>
            <Form.Item label="决定书文号" name="decisionDocumentNumber">
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item label="决定意见" name="decisionNote">
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} />
            </Form.Item>
            <Form.Item label="决定书等附件" name="attachmentIds">
              <AttachmentUpload />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="jointMeeting" valuePropName="checked">
              <Checkbox>召开联席会议</Checkbox>
            </Form.Item>
            <Form.Item label="审查意见" name="note">
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
