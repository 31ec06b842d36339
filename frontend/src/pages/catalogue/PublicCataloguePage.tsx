import { AlertOutlined, DownloadOutlined, LoginOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useQuery } from "urql";
import { useNavigate, useSearchParams } from "react-router";
import { useState } from "react";
import { useConnection } from "../../api/useConnection";
import { combinedErrorMessage } from "../../api/errors";
import { formatDate, formatDateTime } from "../../components/format";
import type { PublishedCatalogueQuery } from "../../gql/graphql";
import { COMMITMENT_MODE_LABELS, KEY_AREA_LABELS } from "./labels";
import { CatalogueVersionsDocument, PublishedCatalogueDocument } from "./operations";
import { EXPORT_URL } from "./PublishPage";
import "./catalogue.css";

type Version = NonNullable<PublishedCatalogueQuery["publishedCatalogue"]>;
type ItemRow = Version["approvalItems"]["edges"][number]["node"];

const CURRENT = "current";

const columns: ColumnsType<ItemRow> = [
  {
    title: "审批事项",
    key: "item",
    width: 280,
    render: (_, item) => (
      <Space orientation="vertical" size={2}>
        <Typography.Text code>{item.code}</Typography.Text>
        <Typography.Text strong>{item.name}</Typography.Text>
        <Typography.Text type="secondary">{item.departmentName}</Typography.Text>
      </Space>
    ),
  },
  {
    title: "设定依据",
    dataIndex: "legalBasis",
    width: 220,
    render: (text: string) => text || "—",
  },
  {
    title: "告知承诺",
    key: "commitment",
    width: 180,
    render: (_, item) =>
      item.commitmentEligible ? (
        <Space orientation="vertical" size={2}>
          <Space size={[0, 4]} wrap>
            {item.commitmentModes.map((m) => (
              <Tag key={m} color={m === "POST_VERIFICATION" ? "purple" : "blue"}>
                {COMMITMENT_MODE_LABELS[m]}
              </Tag>
            ))}
          </Space>
          {item.verificationPeriodWorkingDays !== null && (
            <Typography.Text type="secondary">
              核查期限 {item.verificationPeriodWorkingDays} 个工作日
            </Typography.Text>
          )}
          <Typography.Text type="secondary">
            信用等级 {item.allowedCreditGrades.join("、")}
          </Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">不适用</Typography.Text>
      ),
  },
  {
    title: "业务办理项与监管部门",
    key: "handling",
    render: (_, item) =>
      item.handlingItems.map((h) => (
        <div key={h.code} className="catalogue-handling" data-testid={`public-${h.code}`}>
          <Typography.Text code>{h.code}</Typography.Text>
          <span>{h.name}</span>
          <span>→</span>
          {h.departmentName ? (
            <>
              <Typography.Text strong>{h.departmentName}</Typography.Text>
              <Typography.Text type="secondary">{h.supervisionSubItemName}</Typography.Text>
              {h.isKey && (
                <Tag color="volcano">
                  重点监管{h.keyArea ? `·${KEY_AREA_LABELS[h.keyArea]}` : ""}
                </Tag>
              )}
            </>
          ) : (
            <Typography.Text type="secondary">未明确监管部门</Typography.Text>
          )}
        </div>
      )),
  },
];

/** 公开的事项清单: the published catalogue, read without logging in (C5). */
export function PublicCataloguePage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const requested = params.get("version");
  const version = requested && /^\d+$/.test(requested) ? Number(requested) : null;
  const [search, setSearch] = useState("");
  const versions = useConnection(
    CatalogueVersionsDocument,
    { first: 100 },
    (data) => data.catalogueVersions,
  );
  const [head] = useQuery({
    query: PublishedCatalogueDocument,
    variables: { version, first: 1 },
  });
  const items = useConnection(
    PublishedCatalogueDocument,
    { version, search: search.trim() || null, first: 50 },
    (data) => data.publishedCatalogue?.approvalItems,
  );
  const shown = head.data?.publishedCatalogue ?? null;

  return (
    <div className="public-catalogue">
      <div className="public-catalogue-header">
        <div>
          <Typography.Title level={2}>保康县审管联动事项清单</Typography.Title>
          <Typography.Text style={{ color: "#dbeafe" }}>
            行政审批事项、业务办理项及其监管部门和监管事项，向社会公开
          </Typography.Text>
        </div>
        <Space>
          <Button icon={<AlertOutlined />} onClick={() => navigate("/public/report")}>
            群众举报
          </Button>
          <Button icon={<LoginOutlined />} onClick={() => navigate("/login")}>
            登录管理端
          </Button>
        </Space>
      </div>
      <div className="public-catalogue-body">
        <Card style={{ marginBottom: 16 }}>
          <Space wrap style={{ marginBottom: shown ? 16 : 0 }}>
            <Select
              style={{ width: 280 }}
              value={version === null ? CURRENT : String(version)}
              aria-label="清单版本"
              onChange={(value) => {
                setParams(value === CURRENT ? {} : { version: value });
              }}
              options={[
                { value: CURRENT, label: "今天生效的版本" },
                ...versions.nodes.map((v) => ({
                  value: String(v.number),
                  label: `第 ${v.number} 版（${formatDate(v.effectiveDate)}生效）`,
                })),
              ]}
            />
            <Input.Search
              style={{ width: 320 }}
              placeholder="审批事项或业务办理项的编码、名称"
              allowClear
              aria-label="搜索清单"
              onSearch={setSearch}
            />
            {shown && (
              <Button icon={<DownloadOutlined />} href={`${EXPORT_URL}?version=${shown.number}`}>
                下载本版清单（.xlsx）
              </Button>
            )}
          </Space>
          {shown && (
            <Descriptions size="small" column={4} data-testid="public-version">
              <Descriptions.Item label="版本">第 {shown.number} 版</Descriptions.Item>
              <Descriptions.Item label="生效日期">
                {formatDate(shown.effectiveDate)}
              </Descriptions.Item>
              <Descriptions.Item label="发布时间">
                {formatDateTime(shown.publishedAt)}
              </Descriptions.Item>
              <Descriptions.Item label="事项">
                审批事项 {shown.approvalItemCount} 项，业务办理项 {shown.handlingItemCount} 项
              </Descriptions.Item>
              {shown.note && <Descriptions.Item label="说明">{shown.note}</Descriptions.Item>}
            </Descriptions>
          )}
        </Card>
        {head.error && (
          <Alert
            type="error"
            showIcon
            title={combinedErrorMessage(head.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        {!head.fetching && !head.error && !shown ? (
          <Card>
            <Empty description={version === null ? "尚无生效的清单" : `没有第 ${version} 版清单`} />
          </Card>
        ) : (
          <Card>
            <Table<ItemRow>
              rowKey="code"
              columns={columns}
              dataSource={items.nodes}
              loading={items.loading}
              pagination={false}
              size="middle"
              locale={{ emptyText: "没有符合条件的事项" }}
            />
            {items.hasNextPage && (
              <div style={{ textAlign: "center", marginTop: 16 }}>
                <Button onClick={items.loadMore} loading={items.loading}>
                  加载更多
                </Button>
              </div>
            )}
          </Card>
        )}
      </div>
    </div>
  );
}
