import { LoginOutlined, ProfileOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Result, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useClient, useMutation } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import { formatDate, formatDateTime } from "../../components/format";
import type { ReportStatusQuery } from "../../gql/graphql";
import { submitForm } from "../catalogue/submit";
import "../catalogue/catalogue.css";
import { REPORT_STATUS_COLORS, REPORT_STATUS_LABELS } from "./labels";
import { ReportStatusDocument, SubmitReportDocument } from "./operations";

// 举报 (A4): the public's form, without login. Every field error comes back from the
// service with the field it belongs to and is shown under that field.

const FIELDS = ["licenseeNumber", "licenseeName", "content", "contact"] as const;
const CONTENT_MAX = 2000;

interface Values {
  licenseeNumber?: string;
  licenseeName?: string;
  content?: string;
  contact?: string;
}

interface Receipt {
  receiptNumber: string;
  submittedAt: string;
}

function StatusLookUp() {
  const client = useClient();
  const [receipt, setReceipt] = useState("");
  const [found, setFound] = useState<ReportStatusQuery["reportStatus"] | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const lookUp = async (value: string) => {
    if (!value.trim()) return;
    setLoading(true);
    const r = await client
      .query(
        ReportStatusDocument,
        { receiptNumber: value.trim() },
        { requestPolicy: "network-only" },
      )
      .toPromise();
    setLoading(false);
    setError(r.error ? combinedErrorMessage(r.error) : null);
    setFound(r.data?.reportStatus ?? null);
  };
  return (
    <Card title="查询办理状态" data-testid="report-status-card">
      <Input.Search
        aria-label="回执编号"
        placeholder="回执编号，如 JB20260601-7K3F9Q2M4D"
        enterButton="查询"
        value={receipt}
        loading={loading}
        onChange={(e) => setReceipt(e.target.value)}
        onSearch={lookUp}
        style={{ maxWidth: 480 }}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {found === null && (
        <Alert type="warning" showIcon title="未找到该回执编号的举报" style={{ marginTop: 12 }} />
      )}
      {found && (
        <Space style={{ marginTop: 12 }} data-testid="report-status">
          <span>{found.receiptNumber}</span>
          <span>{formatDate(found.submittedOn)} 提交</span>
          <Tag color={REPORT_STATUS_COLORS[found.status]}>{REPORT_STATUS_LABELS[found.status]}</Tag>
        </Space>
      )}
    </Card>
  );
}

/** 群众举报: a report from the public about a licensee (A4), no login needed. */
export function PublicReportPage() {
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [{ fetching }, submitReport] = useMutation(SubmitReportDocument);

  const submit = async (values: Values) => {
    const done = await submitForm(form, FIELDS, setFormError, async () => {
      const r = await submitReport({
        input: {
          licenseeNumber: values.licenseeNumber?.trim() || null,
          licenseeName: values.licenseeName?.trim() || null,
          content: values.content ?? "",
          contact: values.contact?.trim() || null,
        },
      });
      return { error: r.error, result: r.data?.submitReport };
    });
    if (done?.__typename === "SubmitReportSuccess") {
      setReceipt(done.receipt);
      form.resetFields();
    }
  };

  return (
    <div className="public-catalogue">
      <div className="public-catalogue-header">
        <div>
          <Typography.Title level={2}>保康县审管联动 · 群众举报</Typography.Title>
          <Typography.Text style={{ color: "#dbeafe" }}>
            发现持证经营者违法违规，可在此举报；无需登录，举报将转交其监管部门办理
          </Typography.Text>
        </div>
        <Space>
          <Button icon={<ProfileOutlined />} onClick={() => navigate("/public/catalogue")}>
            事项清单
          </Button>
          <Button icon={<LoginOutlined />} onClick={() => navigate("/login")}>
            登录管理端
          </Button>
        </Space>
      </div>
      <div className="public-catalogue-body" style={{ maxWidth: 880 }}>
        {receipt ? (
          <Card style={{ marginBottom: 16 }}>
            <Result
              status="success"
              title="举报已受理"
              subTitle={
                <span data-testid="report-receipt">
                  回执编号：
                  <Typography.Text strong copyable>
                    {receipt.receiptNumber}
                  </Typography.Text>
                  （{formatDateTime(receipt.submittedAt)}）。请记下回执编号，凭此查询办理状态。
                </span>
              }
              extra={
                <Button type="primary" onClick={() => setReceipt(null)}>
                  再写一件举报
                </Button>
              }
            />
          </Card>
        ) : (
          <Card title="我要举报" style={{ marginBottom: 16 }}>
            {formError && (
              <Alert
                type="error"
                showIcon
                title={formError}
                style={{ marginBottom: 16 }}
                data-testid="report-form-error"
              />
            )}
            <Form<Values>
              form={form}
              layout="vertical"
              aria-label="举报"
              onFinish={submit}
              requiredMark={false}
            >
              <Typography.Paragraph type="secondary">
                被举报对象的统一社会信用代码（或身份证号）和名称至少填一项。
              </Typography.Paragraph>
              <Form.Item
                name="licenseeNumber"
                label="统一社会信用代码或身份证号"
                extra="18 位，见营业执照或许可证；不知道可不填"
              >
                <Input maxLength={30} autoComplete="off" />
              </Form.Item>
              <Form.Item name="licenseeName" label="被举报对象名称" extra="如店名、单位名称">
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item
                name="content"
                label="举报内容"
                extra="看到的情况：时间、地点、经过，10–2000 字"
              >
                <Input.TextArea rows={6} maxLength={CONTENT_MAX} showCount />
              </Form.Item>
              <Form.Item
                name="contact"
                label="联系方式（可不填）"
                extra="手机号码或电子邮箱，只有办理部门可见，便于核实情况"
              >
                <Input maxLength={254} autoComplete="off" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={fetching}>
                提交举报
              </Button>
            </Form>
          </Card>
        )}
        <StatusLookUp />
      </div>
    </div>
  );
}
