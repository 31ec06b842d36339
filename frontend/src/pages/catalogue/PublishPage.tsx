import { DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, DatePicker, Form, Input, Space, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { useConnection } from "../../api/useConnection";
import { formatDate, formatDateTime, SHOWN_TIME_ZONE } from "../../components/format";
import type { CatalogueVersionsQuery } from "../../gql/graphql";
import { CatalogueVersionsDocument, PublishCatalogueDocument } from "./operations";
import { submitForm } from "./submit";

type VersionRow = CatalogueVersionsQuery["catalogueVersions"]["edges"][number]["node"];

interface PublishValues {
  effectiveDate: Dayjs | null;
  note: string;
}

export const EXPORT_URL = "/files/catalogue-export.xlsx";

/** 发布清单 (C5): publish the draft as a new version with an effective date. */
export function PublishPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<PublishValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [{ fetching }, publish] = useMutation(PublishCatalogueDocument);
  const versions = useConnection(
    CatalogueVersionsDocument,
    { first: 20 },
    (data) => data.catalogueVersions,
  );
  const today = dayjs().tz(SHOWN_TIME_ZONE).startOf("day");

  const submit = async (values: PublishValues) => {
    setProblems([]);
    const result = await submitForm<object>(
      form,
      ["effectiveDate", "note"],
      setFormError,
      async () => {
        const r = await publish({
          input: {
            effectiveDate: values.effectiveDate?.format("YYYY-MM-DD") ?? "",
            note: values.note?.trim() ?? "",
          },
        });
        const answer = r.data?.publishCatalogue;
        if (answer?.__typename === "CatalogueIncompleteError") setProblems(answer.problems);
        return { error: r.error, result: answer };
      },
    );
    if (result && "version" in result) {
      const version = (result as { version: { number: number; effectiveDate: string } }).version;
      message.success(`已发布第 ${version.number} 版，${formatDate(version.effectiveDate)}起生效`);
      form.resetFields();
      versions.reload();
    }
  };

  const columns = [
    {
      title: "版本",
      dataIndex: "number",
      width: 80,
      render: (n: number) => `第 ${n} 版`,
    },
    { title: "生效日期", dataIndex: "effectiveDate", render: formatDate },
    { title: "发布时间", dataIndex: "publishedAt", render: formatDateTime },
    {
      title: "内容",
      key: "counts",
      render: (_: unknown, v: VersionRow) =>
        `审批事项 ${v.approvalItemCount}、业务办理项 ${v.handlingItemCount}、监管事项 ${v.supervisionItemCount}、关联 ${v.linkCount}`,
    },
    { title: "说明", dataIndex: "note", render: (note: string) => note || "—" },
    {
      title: "操作",
      key: "actions",
      width: 200,
      render: (_: unknown, v: VersionRow) => (
        <Space size={0}>
          <Link to={`/public/catalogue?version=${v.number}`}>查看</Link>
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            href={`${EXPORT_URL}?version=${v.number}`}
          >
            导出
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>发布清单</Typography.Title>
          <Typography.Text type="secondary">
            将当前草稿发布为新版本。生效日期不早于今天和最新版本的生效日期；发布前须每个审批事项都有业务办理项，事后核查事项的业务办理项都有已确认的审管关联。
          </Typography.Text>
        </div>
      </div>
      <Card title="发布新版本" style={{ marginBottom: 16 }}>
        {formError && (
          <Alert
            type="error"
            showIcon
            title={formError}
            data-testid="publish-error"
            description={
              problems.length > 0 ? (
                <ul className="publish-problems">
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : undefined
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<PublishValues>
          form={form}
          layout="inline"
          onFinish={submit}
          initialValues={{ effectiveDate: today, note: "" }}
        >
          <Form.Item
            label="生效日期"
            name="effectiveDate"
            rules={[{ required: true, message: "请选择生效日期" }]}
          >
            <DatePicker allowClear={false} disabledDate={(d) => d.isBefore(today, "day")} />
          </Form.Item>
          <Form.Item label="发布说明" name="note">
            <Input style={{ width: 360 }} placeholder="如：新增燃气经营许可变更的监管部门" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={fetching}>
              发布
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card title="版本记录">
        {versions.error && (
          <Alert type="error" showIcon title={versions.error} style={{ marginBottom: 16 }} />
        )}
        <Table<VersionRow>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={versions.loading}
          dataSource={versions.nodes}
          columns={columns}
          locale={{ emptyText: "尚未发布任何版本" }}
        />
        {versions.hasNextPage && (
          <div style={{ textAlign: "center", marginTop: 16 }}>
            <Button onClick={versions.loadMore} loading={versions.loading}>
              加载更多
            </Button>
          </div>
        )}
      </Card>
    </>
  );
}
