import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import type { KeyArea, SupervisionItemsQuery } from "../../gql/graphql";
import type { DepartmentOption } from "../users/useDepartments";
import { CodeNameModal, type CodeNameTarget } from "./CodeNameModal";
import { canManage, KEY_AREA_LABELS, KEY_AREAS } from "./labels";
import { SupervisionItemsDocument } from "./operations";
import { SupervisionItemModal, type SupervisionItemValues } from "./SupervisionItemModal";

type SupervisionItemRow = SupervisionItemsQuery["supervisionItems"]["edges"][number]["node"];

const ALL = "__all__";
const KEY = "__key__";
const NOT_KEY = "__not_key__";

export function SupervisionItemsTab({ departments }: { departments: DepartmentOption[] }) {
  const viewer = useViewer();
  const { message } = App.useApp();
  const ownSupervision = viewer.department?.kind === "SUPERVISION" ? viewer.department.id : null;
  const [departmentId, setDepartmentId] = useState<string>(ALL);
  const [search, setSearch] = useState("");
  const [key, setKey] = useState<string>(ALL);
  const [editing, setEditing] = useState<SupervisionItemValues | null>(null);
  const [part, setPart] = useState<CodeNameTarget | null>(null);
  const isKeyArea = key !== ALL && key !== KEY && key !== NOT_KEY;
  const items = useConnection(
    SupervisionItemsDocument,
    {
      departmentId: departmentId === ALL ? null : departmentId,
      search: search.trim() || null,
      isKey: key === KEY || isKeyArea ? true : key === NOT_KEY ? false : null,
      keyArea: isKeyArea ? (key as KeyArea) : null,
      first: 50,
    },
    (data) => data.supervisionItems,
  );

  const columns: ColumnsType<SupervisionItemRow> = [
    {
      title: "监管事项",
      key: "item",
      width: 340,
      render: (_, item) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text code>{item.code}</Typography.Text>
          <Typography.Text strong>{item.name}</Typography.Text>
          <Typography.Text type="secondary">{item.department.name}</Typography.Text>
        </Space>
      ),
    },
    {
      title: "重点监管",
      key: "key",
      width: 140,
      render: (_, item) =>
        item.isKey ? (
          <Tag color="volcano">{item.keyArea ? KEY_AREA_LABELS[item.keyArea] : "重点监管"}</Tag>
        ) : (
          <Typography.Text type="secondary">否</Typography.Text>
        ),
    },
    {
      title: "监管事项子项",
      key: "subItems",
      render: (_, item) => (
        <div>
          {item.subItems.map((sub) => (
            <div key={sub.id} className="catalogue-handling">
              <Typography.Text code>{sub.code}</Typography.Text>
              <span className={sub.isActive ? undefined : "catalogue-inactive"}>{sub.name}</span>
              {!sub.isActive && <Tag>已停用</Tag>}
              {canManage(viewer, item.department.id) && (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    setPart({
                      kind: "subItem",
                      parentId: item.id,
                      parentLabel: `${item.code} ${item.name}`,
                      id: sub.id,
                      code: sub.code,
                      name: sub.name,
                      isActive: sub.isActive,
                    })
                  }
                >
                  编辑
                </Button>
              )}
            </div>
          ))}
          {canManage(viewer, item.department.id) && (
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              style={{ marginTop: 4 }}
              onClick={() =>
                setPart({
                  kind: "subItem",
                  parentId: item.id,
                  parentLabel: `${item.code} ${item.name}`,
                  code: "",
                  name: "",
                  isActive: true,
                })
              }
            >
              添加子项
            </Button>
          )}
        </div>
      ),
    },
    {
      title: "操作",
      key: "actions",
      width: 90,
      render: (_, item) =>
        canManage(viewer, item.department.id) ? (
          <Button
            type="link"
            size="small"
            onClick={() =>
              setEditing({
                id: item.id,
                code: item.code,
                name: item.name,
                departmentId: item.department.id,
                legalBasis: item.legalBasis,
                isKey: item.isKey,
                keyArea: item.keyArea ?? null,
                isActive: item.isActive,
              })
            }
          >
            编辑
          </Button>
        ) : null,
    },
  ];

  const saved = (text: string) => {
    message.success(text);
    items.reload();
  };

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          style={{ width: 220 }}
          value={departmentId}
          onChange={setDepartmentId}
          aria-label="监管部门"
          showSearch={{ optionFilterProp: "label" }}
          options={[
            { value: ALL, label: "全部监管部门" },
            ...departments
              .filter((d) => d.kind === "SUPERVISION")
              .map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <Input.Search
          style={{ width: 280 }}
          placeholder="编码或名称（含子项）"
          allowClear
          aria-label="搜索监管事项"
          onSearch={setSearch}
        />
        <Select
          style={{ width: 180 }}
          value={key}
          onChange={setKey}
          aria-label="重点监管"
          options={[
            { value: ALL, label: "全部（重点与一般）" },
            { value: KEY, label: "重点监管" },
            ...KEY_AREAS.map((area) => ({ value: area, label: `重点：${KEY_AREA_LABELS[area]}` })),
            { value: NOT_KEY, label: "一般监管" },
          ]}
        />
        <Button icon={<ReloadOutlined />} onClick={items.reload}>
          刷新
        </Button>
        {(ownSupervision || viewer.roles.includes("COORDINATOR")) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() =>
              setEditing({
                code: "",
                name: "",
                departmentId: ownSupervision,
                legalBasis: "",
                isKey: false,
                keyArea: null,
                isActive: true,
              })
            }
          >
            新建监管事项
          </Button>
        )}
      </Space>
      {items.error && (
        <Alert type="error" showIcon title={items.error} style={{ marginBottom: 16 }} />
      )}
      <Table<SupervisionItemRow>
        rowKey="id"
        columns={columns}
        dataSource={items.nodes}
        loading={items.loading}
        pagination={false}
        size="middle"
        locale={{ emptyText: "没有符合条件的监管事项" }}
      />
      {items.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={items.loadMore} loading={items.loading}>
            加载更多
          </Button>
        </div>
      )}
      <SupervisionItemModal
        initial={editing}
        departments={departments}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          saved(`已保存监管事项：${name}`);
        }}
      />
      <CodeNameModal
        target={part}
        onClose={() => setPart(null)}
        onSaved={(name) => {
          setPart(null);
          saved(`已保存监管事项子项：${name}`);
        }}
      />
    </>
  );
}
