import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import { formatDate, formatDateTime } from "../../components/format";
import type { MaterialFieldsFragment } from "../../gql/graphql";
import { AttachmentLinks } from "../credit/common";
import { LICENSEE_KIND_LABELS } from "../linkage/labels";
import {
  canRecordMaterials,
  MATERIAL_CATEGORIES,
  MATERIAL_CATEGORY_LABELS,
  MATERIAL_VALIDITY_COLORS,
  MATERIAL_VALIDITY_LABELS,
  type MaterialCategoryKey,
  type MaterialValidityKey,
} from "./labels";
import { MaterialDrawer } from "./MaterialDrawer";
import { MaterialsDocument } from "./operations";
import { WithdrawMaterialModal } from "./WithdrawMaterialModal";

// 证照材料库 (L1): licensees' e-licenses and materials by category, each with its
// validity period; while valid it is not asked for again. Approval and supervision
// staff both read it; the recording department corrects and withdraws its own.

type Row = MaterialFieldsFragment;

const ALL = "__all__";

function ValidityTag({ material }: { material: Row }) {
  return (
    <Tag
      color={MATERIAL_VALIDITY_COLORS[material.validity]}
      data-testid="material-validity"
      data-validity={material.validity}
    >
      {MATERIAL_VALIDITY_LABELS[material.validity]}
    </Tag>
  );
}

export function MaterialsPage() {
  const viewer = useViewer();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const number = params.get("number") ?? "";
  const [category, setCategory] = useState<MaterialCategoryKey | typeof ALL>(ALL);
  const [validity, setValidity] = useState<MaterialValidityKey | typeof ALL>(ALL);
  const [editing, setEditing] = useState<Row | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Row | null>(null);
  const materials = useConnection(
    MaterialsDocument,
    {
      filter: {
        licenseeNumber: number.trim() || null,
        category: category === ALL ? null : category,
        validity: validity === ALL ? null : validity,
      },
      first: 50,
    },
    (data) => data.materials,
  );
  const { reload } = materials;
  const mayRecord = canRecordMaterials(viewer);

  const columns: ColumnsType<Row> = [
    {
      title: "类别",
      key: "category",
      width: 110,
      render: (_, r) => <Tag color="blue">{MATERIAL_CATEGORY_LABELS[r.category]}</Tag>,
    },
    {
      title: "材料",
      key: "name",
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.name}</Typography.Text>
          {r.documentNumber && (
            <Typography.Text type="secondary" className="credit-sub">
              证照编号 {r.documentNumber}
            </Typography.Text>
          )}
          <AttachmentLinks attachments={r.attachments} />
        </Space>
      ),
    },
    {
      title: "行政相对人",
      key: "licensee",
      width: 220,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{r.licensee.name}</span>
          <Typography.Text type="secondary" className="credit-sub">
            {r.licensee.number}（{LICENSEE_KIND_LABELS[r.licensee.kind]}）
          </Typography.Text>
        </Space>
      ),
    },
    { title: "发证机关", dataIndex: "issuer", width: 180 },
    {
      title: "有效期",
      key: "period",
      width: 230,
      render: (_, r) => (
        <span>
          {formatDate(r.validFrom)} 至 {r.validUntil ? formatDate(r.validUntil) : "长期"}
        </span>
      ),
    },
    {
      title: "状态",
      key: "validity",
      width: 110,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <ValidityTag material={r} />
          {r.withdrawalReason && (
            <Typography.Text type="secondary" className="credit-sub">
              {r.withdrawalReason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: "记录部门",
      key: "department",
      width: 190,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{r.department.name}</span>
          <Typography.Text type="secondary" className="credit-sub">
            {formatDateTime(r.recordedAt)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: "操作",
      key: "actions",
      width: 130,
      render: (_, r) =>
        r.canChange && (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              onClick={() => {
                setEditing(r);
                setDrawerOpen(true);
              }}
            >
              更正
            </Button>
            <Button type="link" size="small" danger onClick={() => setWithdrawing(r)}>
              撤回
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>证照材料库</Typography.Title>
          <Typography.Text type="secondary">
            按统一社会信用代码或身份证号查询行政相对人的电子证照和材料；有效期内的材料不再要求重复提交。
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
          {mayRecord && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setEditing(null);
                setDrawerOpen(true);
              }}
            >
              录入材料
            </Button>
          )}
        </Space>
      </div>
      <Card data-testid="materials">
        <Space style={{ marginBottom: 16 }} wrap>
          <Input.Search
            style={{ width: 300 }}
            placeholder="统一社会信用代码或身份证号"
            allowClear
            aria-label="查询行政相对人"
            defaultValue={number}
            onSearch={(value) => setParams(value.trim() ? { number: value.trim() } : {})}
          />
          <Select
            style={{ width: 150 }}
            aria-label="材料类别"
            value={category}
            onChange={setCategory}
            options={[
              { value: ALL, label: "全部类别" },
              ...MATERIAL_CATEGORIES.map((value) => ({
                value,
                label: MATERIAL_CATEGORY_LABELS[value],
              })),
            ]}
          />
          <Select
            style={{ width: 130 }}
            aria-label="有效状态"
            value={validity}
            onChange={setValidity}
            options={[
              { value: ALL, label: "全部状态" },
              ...(Object.keys(MATERIAL_VALIDITY_LABELS) as MaterialValidityKey[]).map((value) => ({
                value,
                label: MATERIAL_VALIDITY_LABELS[value],
              })),
            ]}
          />
        </Space>
        {materials.error && (
          <Alert type="error" showIcon title={materials.error} style={{ marginBottom: 16 }} />
        )}
        <Table<Row>
          rowKey="id"
          size="middle"
          scroll={{ x: "max-content" }}
          pagination={false}
          loading={materials.loading}
          dataSource={materials.nodes}
          columns={columns}
          locale={{ emptyText: number ? "该行政相对人没有符合条件的材料" : "没有符合条件的材料" }}
        />
        {materials.hasNextPage && (
          <Button block style={{ marginTop: 12 }} onClick={materials.loadMore}>
            加载更多
          </Button>
        )}
      </Card>
      <MaterialDrawer
        open={drawerOpen}
        material={editing}
        licenseeNumber={number}
        onClose={() => setDrawerOpen(false)}
        onSaved={(saved, added) => {
          setDrawerOpen(false);
          message.success(
            added ? `已录入 ${saved.licensee.name} 的“${saved.name}”` : `已更正“${saved.name}”`,
          );
          reload();
        }}
      />
      <WithdrawMaterialModal
        material={withdrawing}
        onClose={() => setWithdrawing(null)}
        onWithdrawn={(saved) => {
          setWithdrawing(null);
          message.success(`已撤回“${saved.name}”`);
          reload();
        }}
      />
    </>
  );
}
