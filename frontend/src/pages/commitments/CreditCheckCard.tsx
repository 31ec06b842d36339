import { Alert, Button, Card, Descriptions, Form, Input, Select, Space, Tag } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import type { CreditCheckFieldsFragment } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import { CreditGradeTag } from "../credit/common";
import { CommitmentItemsDocument, RunCreditCheckDocument } from "./operations";

interface Values {
  approvalItemId: string;
  licenseeNumber: string;
}

const FIELDS = ["approvalItemId", "licenseeNumber"];

export type CommitmentItem = NonNullable<ReturnType<typeof useCommitmentItems>["items"]>[number];

export function useCommitmentItems() {
  const [{ data, error }] = useQuery({ query: CommitmentItemsDocument });
  return { items: data?.approvalItems.edges.map((e) => e.node), error };
}

/** 事前信用查询 (K1): the item and the applicant's number; the answer with its reasons. */
export function CreditCheckCard({
  onAccept,
}: {
  onAccept: (check: CreditCheckFieldsFragment, item: CommitmentItem) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [check, setCheck] = useState<CreditCheckFieldsFragment | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const { items, error } = useCommitmentItems();
  const [{ fetching }, run] = useMutation(RunCreditCheckDocument);
  const item = items?.find((i) => i.id === itemId);

  const submit = async (values: Values) => {
    setCheck(null);
    const saved = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await run({
        input: { approvalItemId: values.approvalItemId, licenseeNumber: values.licenseeNumber },
      });
      return { error: r.error, result: r.data?.runCreditCheck };
    });
    if (saved && saved.__typename === "RunCreditCheckSuccess") {
      setCheck(saved.creditCheck);
      setItemId(values.approvalItemId);
    }
  };

  return (
    <Card title="事前信用查询" size="small">
      {error && <Alert type="error" showIcon title={combinedErrorMessage(error)} />}
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
      <Form<Values> name="creditCheck" form={form} layout="inline" onFinish={submit}>
        <Form.Item
          label="审批事项"
          name="approvalItemId"
          rules={[{ required: true, message: "请选择审批事项" }]}
        >
          <Select
            style={{ width: 260 }}
            placeholder="实行告知承诺制的事项"
            aria-label="审批事项"
            options={(items ?? []).map((i) => ({ value: i.id, label: `${i.name}（${i.code}）` }))}
          />
        </Form.Item>
        <Form.Item
          label="申请人代码"
          name="licenseeNumber"
          rules={[
            { required: true, whitespace: true, message: "请填写统一社会信用代码或身份证号" },
          ]}
        >
          <Input style={{ width: 240 }} maxLength={18} placeholder="统一社会信用代码或身份证号" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={fetching}>
            查询
          </Button>
        </Form.Item>
      </Form>
      {check && (
        <Descriptions
          column={1}
          bordered
          size="small"
          style={{ marginTop: 16 }}
          data-testid="credit-check-result"
        >
          <Descriptions.Item label="申请人">
            {check.licenseeNumber}
            {!check.knownLicensee && <Tag style={{ marginLeft: 8 }}>系统中暂无记录</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="信用风险等级">
            <CreditGradeTag grade={check.grade} />
          </Descriptions.Item>
          <Descriptions.Item label="黑名单">
            {check.blacklisted ? (
              <Tag color="red">命中黑名单</Tag>
            ) : (
              <Tag color="green">未命中</Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="结论">
            <Space>
              <Tag color={check.allowed ? "green" : "red"} data-testid="credit-check-answer">
                {check.allowed ? "允许告知承诺" : "不允许告知承诺"}
              </Tag>
              {check.allowed && item && (
                <Button size="small" type="primary" onClick={() => onAccept(check, item)}>
                  受理告知承诺
                </Button>
              )}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="理由">
            <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="credit-check-reasons">
              {check.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
