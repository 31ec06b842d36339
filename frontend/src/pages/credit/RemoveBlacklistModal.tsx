import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { formatDate } from "../../components/format";
import type { BlacklistEntryFieldsFragment } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { RemoveFromBlacklistDocument } from "./operations";

/** 移出黑名单 (R2): ends an entry in force, with a reason. */
export function RemoveBlacklistModal({
  entry,
  onClose,
  onRemoved,
}: {
  entry: BlacklistEntryFieldsFragment | null;
  onClose: () => void;
  onRemoved: (entry: BlacklistEntryFieldsFragment) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, remove] = useMutation(RemoveFromBlacklistDocument);

  const submit = async ({ reason }: { reason: string }) => {
    if (!entry) return;
    const saved = await submitForm(form, ["reason"], setFormError, async () => {
      const r = await remove({ input: { entryId: entry.id, reason } });
      return { error: r.error, result: r.data?.removeFromBlacklist };
    });
    if (saved && saved.__typename === "RemoveFromBlacklistSuccess") onRemoved(saved.blacklistEntry);
  };

  return (
    <Modal
      title="移出黑名单"
      open={entry !== null}
      okText="移出"
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
      {entry && (
        <Form
          name="removeFromBlacklist"
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
        >
          <p>
            {entry.licensee.name}（{entry.licensee.number}）自 {formatDate(entry.startsOn)}{" "}
            起列入黑名单。移出后联合惩戒即时结束，信用等级随之重新评定。
          </p>
          <Form.Item
            label="移出理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: "请填写移出理由" }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 6 }}
              maxLength={2000}
              placeholder="如信用修复完成、决定被撤销等"
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
