import { LoginOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useNavigate } from "react-router";
import { useConnection } from "../../api/useConnection";
import { formatDateTime } from "../../components/format";
import type { PublishedInspectionsQuery } from "../../gql/graphql";
import { RESULT_KIND_LABELS } from "../linkage/labels";
import { PublishedInspectionsDocument } from "./operations";
import "../catalogue/catalogue.css";

type Plan = PublishedInspectionsQuery["publishedInspections"]["edges"][number]["node"];
type Target = Plan["targets"][number];

const columns: ColumnsType<Target> = [
  { title: "检查对象", dataIndex: "licenseeName" },
  { title: "统一社会信用代码 / 身份证号", dataIndex: "licenseeNumber", width: 260 },
  {
    title: "抽查结果",
    key: "result",
    width: 160,
    render: (_, t) =>
      t.result ? (
        <Tag color={t.result === "COMPLIANT" ? "green" : "orange"}>
          {RESULT_KIND_LABELS[t.result]}
        </Tag>
      ) : (
        <Tag>待公开</Tag>
      ),
  },
];

/** 双随机、一公开 (R4): the published results of random inspections; no login. */
export function PublicInspectionsPage() {
  const navigate = useNavigate();
  const plans = useConnection(
    PublishedInspectionsDocument,
    { first: 20 },
    (data) => data.publishedInspections,
  );

  return (
    <div className="public-catalogue">
      <div className="public-catalogue-header">
        <div>
          <Typography.Title level={2}>保康县双随机抽查结果公开</Typography.Title>
          <Typography.Text style={{ color: "#dbeafe" }}>
            随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开
          </Typography.Text>
        </div>
        <Button icon={<LoginOutlined />} onClick={() => navigate("/login")}>
          登录管理端
        </Button>
      </div>
      <div className="public-catalogue-body">
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          {plans.error && <Alert type="error" showIcon title={plans.error} />}
          {!plans.loading && plans.nodes.length === 0 && !plans.error && (
            <Card>
              <Empty description="暂无公开的抽查结果" />
            </Card>
          )}
          {plans.nodes.map((plan, i) => (
            <Card key={i} title={plan.name} data-testid="published-inspection">
              <Descriptions size="small" column={{ xs: 1, md: 4 }} style={{ marginBottom: 12 }}>
                <Descriptions.Item label="监管部门">{plan.departmentName}</Descriptions.Item>
                <Descriptions.Item label="监管事项">{plan.supervisionItemName}</Descriptions.Item>
                <Descriptions.Item label="抽取时间">
                  {formatDateTime(plan.drawnAt)}
                </Descriptions.Item>
                <Descriptions.Item label="公开时间">
                  {formatDateTime(plan.publishedAt)}
                </Descriptions.Item>
              </Descriptions>
              <Table<Target>
                size="small"
                rowKey={(t) => t.licenseeNumber + t.licenseeName}
                columns={columns}
                dataSource={plan.targets}
                pagination={false}
              />
            </Card>
          ))}
          {plans.hasNextPage && (
            <Button block loading={plans.loading} onClick={plans.loadMore}>
              加载更多
            </Button>
          )}
        </Space>
      </div>
    </div>
  );
}
