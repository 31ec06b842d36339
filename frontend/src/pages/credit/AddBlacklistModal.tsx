import { Alert, Checkbox, DatePicker, Form, Input, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";
import { AttachmentUpload } from "../../components/AttachmentUpload";
import { SHOWN_TIME_ZONE } from "../../components/format";
import type { BlacklistEntryFieldsFragment } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { AddToBlacklistDocument } from "./operations";

interface Values {
  licenseeNumber: string;
  reason: string;
  legalBasis: string;
  startsOn: Dayjs;
  untilRemoved: boolean;
  endsOn?: Dayjs | null;
  attachmentIds?: string[];
}

const FIELDS = ["licenseeNumber", "reason", "legalBasis", "startsOn", "endsOn", "attachmentIds"];

/** 列入黑名单 (R2): reason, legal basis, start, and an end or "until removed". */
export function AddBlacklistModal({
  open,
  initialNumber,
  onClose,
  onAdded,
}: {
  open: boolean;
  initialNumber?: string;
  onClose: () => void;
  onAdded: (entry: BlacklistEntryFieldsFragment) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, add] = useMutation(AddToBlacklistDocument);
  const untilRemoved = Form.useWatch("untilRemoved", form);

  const submit = async (values: Values) => {
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await add({
        input: {
          licenseeNumber: values.licenseeNumber.trim(),
          reason: values.reason,
          legalBasis: values.legalBasis,
          startsOn: values.startsOn.format("YYYY-MM-DD"),
          endsOn: values.untilRemoved ? null : (values.endsOn?.format("YYYY-MM-DD") ?? null),
          attachmentIds: values.attachmentIds ?? [],
        },
      });
      return { error: r.error, result: r.data?.addToBlacklist };
    });
    if (saved && saved.__typename === "AddToBlacklistSuccess") onAdded(saved.blacklistEntry);
  };

  return (
    <Modal
      title="列入黑名单"
      open={open}
      okText="列入"
      okButtonProps={{ danger: true }}
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
        name="addToBlacklist"
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          licenseeNumber: initialNumber ?? "",
          startsOn: dayjs().tz(SHOWN_TIME_ZONE).startOf("day"),
          untilRemoved: true,
        }}
      >
        <Form.Item
          label="统一社会信用代码或身份证号"
          name="licenseeNumber"
          rules={[{ required: true, whitespace: true, message: "请填写行政相对人的代码" }]}
        >
          <Input maxLength={18} placeholder="18 位统一社会信用代码或身份证号" />
        </Form.Item>
        <Form.Item
          label="列入理由"
          name="reason"
          rules={[{ required: true, whitespace: true, message: "请填写列入理由" }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          label="法律依据"
          name="legalBasis"
          rules={[{ required: true, whitespace: true, message: "请填写法律依据" }]}
        >
          <Input maxLength={500} placeholder="如《失信行为纪录和联合惩戒办法》第…条" />
        </Form.Item>
        <Form.Item
          label="开始日期"
          name="startsOn"
          rules={[{ required: true, message: "请选择开始日期" }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="untilRemoved" valuePropName="checked">
          <Checkbox>直至移出（不设结束日期）</Checkbox>
        </Form.Item>
        {!untilRemoved && (
          <Form.Item
            label="结束日期"
            name="endsOn"
            extra="惩戒期间的最后一天。"
            rules={[{ required: true, message: "请选择结束日期，或勾选直至移出" }]}
          >
            <DatePicker />
          </Form.Item>
        )}
        <Form.Item label="附件" name="attachmentIds" extra="联合惩戒决定等文件。">
          <AttachmentUpload label="上传附件" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
