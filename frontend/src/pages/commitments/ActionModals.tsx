import { Alert, Checkbox, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { useViewer } from "../../auth/AuthContext";
import type { CommitmentFieldsFragment, RevocationReason } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { canBlacklistOnRevocation } from "./access";
import { REVOCATION_REASON_LABELS } from "./labels";
import { IssueCommittedLicenseDocument, RevokeCommitmentDocument } from "./operations";

interface IssueValues {
  documentNumber: string;
  licenseContent: string;
  handlingOpinion?: string;
  handedInMaterials?: string[];
}

const ISSUE_FIELDS = ["documentNumber", "licenseContent", "handlingOpinion", "handedInMaterials"];

/** 补交材料、发证 (K2–K4): the license is recorded and pushed (P1). */
export function IssueModal({
  commitment,
  onClose,
  onDone,
}: {
  commitment: CommitmentFieldsFragment | null;
  onClose: () => void;
  onDone: (commitment: CommitmentFieldsFragment) => void;
}) {
  const [form] = Form.useForm<IssueValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, issue] = useMutation(IssueCommittedLicenseDocument);
  const submit = async (values: IssueValues) => {
    if (!commitment) return;
    const saved = await submitForm(form, ISSUE_FIELDS, setFormError, async () => {
      const r = await issue({
        input: {
          commitmentId: commitment.id,
          documentNumber: values.documentNumber,
          licenseContent: values.licenseContent,
          handlingOpinion: values.handlingOpinion ?? "",
          handedInMaterials: values.handedInMaterials ?? [],
        },
      });
      return { error: r.error, result: r.data?.issueCommittedLicense };
    });
    if (saved && saved.__typename === "IssueCommittedLicenseSuccess") onDone(saved.commitment);
  };
  return (
    <Modal
      title="补交材料并发证"
      open={commitment !== null}
      okText="发证并推送"
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
      width={600}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<IssueValues>
        name="issueCommittedLicense"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
      >
        {commitment && commitment.materials.length > 0 && (
          <Form.Item label="已补交的材料" name="handedInMaterials">
            <Checkbox.Group options={commitment.materials} />
          </Form.Item>
        )}
        <Form.Item
          label="法律文书编号"
          name="documentNumber"
          rules={[{ required: true, whitespace: true, message: "请填写法律文书编号" }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label="许可内容"
          name="licenseContent"
          rules={[{ required: true, whitespace: true, message: "请填写许可内容" }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label="办理意见" name="handlingOpinion">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RevokeValues {
  reason: RevocationReason;
  note: string;
  blacklist?: boolean;
  blacklistLegalBasis?: string;
  judicialReferral?: boolean;
  referralNote?: string;
}

const REVOKE_FIELDS = ["reason", "note", "blacklistLegalBasis", "referralNote"];

/** 撤销告知承诺审批 (K2 逾期, K5 不实): a credit record; a blacklist entry, a referral. */
export function RevokeModal({
  commitment,
  onClose,
  onDone,
}: {
  commitment: CommitmentFieldsFragment | null;
  onClose: () => void;
  onDone: (commitment: CommitmentFieldsFragment) => void;
}) {
  const viewer = useViewer();
  const [form] = Form.useForm<RevokeValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, revoke] = useMutation(RevokeCommitmentDocument);
  const blacklist = Form.useWatch("blacklist", form);
  const referral = Form.useWatch("judicialReferral", form);
  const submit = async (values: RevokeValues) => {
    if (!commitment) return;
    const saved = await submitForm(form, REVOKE_FIELDS, setFormError, async () => {
      const r = await revoke({
        input: {
          commitmentId: commitment.id,
          reason: values.reason,
          note: values.note,
          blacklist: values.blacklist ?? false,
          blacklistLegalBasis: values.blacklistLegalBasis ?? "",
          judicialReferral: values.judicialReferral ?? false,
          referralNote: values.referralNote ?? "",
        },
      });
      return { error: r.error, result: r.data?.revokeCommitment };
    });
    if (saved && saved.__typename === "RevokeCommitmentSuccess") onDone(saved.commitment);
  };
  return (
    <Modal
      title="撤销告知承诺审批"
      open={commitment !== null}
      okText="撤销"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
      width={600}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<RevokeValues>
        name="revokeCommitment"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ reason: commitment?.status === "PENDING" ? "OVERDUE" : "UNTRUE" }}
      >
        <Form.Item label="撤销原因" name="reason" rules={[{ required: true }]}>
          <Select
            aria-label="撤销原因"
            options={(["OVERDUE", "UNTRUE"] as const).map((r) => ({
              value: r,
              label: REVOCATION_REASON_LABELS[r],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="撤销说明"
          name="note"
          extra="写入申请人的信用记录。"
          rules={[{ required: true, whitespace: true, message: "请填写撤销说明" }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        {canBlacklistOnRevocation(viewer) && (
          <Form.Item name="blacklist" valuePropName="checked">
            <Checkbox>同时列入黑名单（联合惩戒）</Checkbox>
          </Form.Item>
        )}
        {blacklist && (
          <Form.Item
            label="列入黑名单的法律依据"
            name="blacklistLegalBasis"
            rules={[{ required: true, whitespace: true, message: "请填写法律依据" }]}
          >
            <Input maxLength={500} />
          </Form.Item>
        )}
        <Form.Item name="judicialReferral" valuePropName="checked">
          <Checkbox>涉嫌犯罪，移送司法机关</Checkbox>
        </Form.Item>
        {referral && (
          <Form.Item label="移送说明" name="referralNote">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
