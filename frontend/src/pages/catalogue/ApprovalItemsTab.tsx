import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import type { ApprovalItemsQuery, CommitmentMode } from "../../gql/graphql";
import type { DepartmentOption } from "../users/useDepartments";
import { ApprovalItemModal, type ApprovalItemValues } from "./ApprovalItemModal";
import { CodeNameModal, type CodeNameTarget } from "./CodeNameModal";
import {
  canManage,
  COMMITMENT_MODE_LABELS,
  COMMITMENT_MODES,
  LINK_STATUS_COLORS,
  LINK_STATUS_LABELS,
} from "./labels";
import {
  ProposeLinkModal,
  LinkReasonModal,
  type HandlingItemRef,
  type LinkRef,
} from "./LinkModals";
import { ApprovalItemsDocument } from "./operations";

type ApprovalItemRow = ApprovalItemsQuery["approvalItems"]["edges"][number]["node"];
type HandlingItemRow = ApprovalItemRow["handlingItems"][number];

const ALL = "__all__";
const NOT_ELIGIBLE = "__none__";

export function ApprovalItemsTab({ departments }: { departments: DepartmentOption[] }) {
  const viewer = useViewer();
  const { message } = App.useApp();
  const ownApproval = viewer.department?.kind === "APPROVAL" ? viewer.department.id : null;
  const [departmentId, setDepartmentId] = useState<string>(ALL);
  const [search, setSearch] = useState("");
  const [mode, setMode] = useState<string>(ALL);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<ApprovalItemValues | null>(null);
  const [part, setPart] = useState<CodeNameTarget | null>(null);
  const [proposing, setProposing] = useState<HandlingItemRef | null>(null);
  const [unlinking, setUnlinking] = useState<LinkRef | null>(null);
  const items = useConnection(
    ApprovalItemsDocument,
    {
      departmentId: departmentId === ALL ? null : departmentId,
      search: search.trim() || null,
      commitmentEligible: mode === NOT_ELIGIBLE ? false : null,
      commitmentMode: mode === ALL || mode === NOT_ELIGIBLE ? null : (mode as CommitmentMode),
      includeInactive,
      first: 50,
    },
    (data) => data.approvalItems,
  );

  const handlingItemLine = (item: ApprovalItemRow, handling: HandlingItemRow) => {
    const link = handling.link;
    const manage = canManage(viewer, item.department.id);
    const ref = { id: handling.id, code: handling.code, name: handling.name };
    return (
      <div
        key={handling.id}
        className="catalogue-handling"
        data-testid={`handling-${handling.code}`}
      >
        <Typography.Text code>{handling.code}</Typography.Text>
        <span className={handling.isActive ? undefined : "catalogue-inactive"}>
          {handling.name}
        </span>
        {!handling.isActive && <Tag>已停用</Tag>}
        {link ? (
          <>
            <Tag color={LINK_STATUS_COLORS[link.status]}>{LINK_STATUS_LABELS[link.status]}</Tag>
            <span>{link.department.name}</span>
            {link.supervisionSubItem && (
              <Typography.Text type="secondary">
                {link.supervisionSubItem.code} {link.supervisionSubItem.name}
              </Typography.Text>
            )}
            {link.supervisionSubItem?.supervisionItem.isKey && <Tag color="volcano">重点监管</Tag>}
          </>
        ) : (
          <Tag color="red">未关联</Tag>
        )}
        {manage && (
          <Space size={0}>
            {!link && handling.isActive && (
              <Button type="link" size="small" onClick={() => setProposing(ref)}>
                提出关联
              </Button>
            )}
            {link && (
              <Button
                type="link"
                size="small"
                danger
                onClick={() =>
                  setUnlinking({ id: link.id, handlingItem: ref, department: link.department })
                }
              >
                解除关联
              </Button>
            )}
            <Button
              type="link"
              size="small"
              onClick={() =>
                setPart({
                  kind: "handlingItem",
                  parentId: item.id,
                  parentLabel: `${item.code} ${item.name}`,
                  ...ref,
                  isActive: handling.isActive,
                })
              }
            >
              编辑
            </Button>
          </Space>
        )}
      </div>
    );
  };

  const columns: ColumnsType<ApprovalItemRow> = [
    {
      title: "审批事项",
      key: "item",
      width: 300,
      render: (_, item) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text code>{item.code}</Typography.Text>
          <Typography.Text strong>{item.name}</Typography.Text>
          <Typography.Text type="secondary">{item.department.name}</Typography.Text>
          {!item.isActive && <Tag>已停用</Tag>}
        </Space>
      ),
    },
    {
      title: "告知承诺",
      key: "commitment",
      width: 200,
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
      title: "业务办理项与审管关联",
      key: "handling",
      render: (_, item) => (
        <div>
          {item.handlingItems.map((h) => handlingItemLine(item, h))}
          {canManage(viewer, item.department.id) && (
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              style={{ marginTop: 4 }}
              onClick={() =>
                setPart({
                  kind: "handlingItem",
                  parentId: item.id,
                  parentLabel: `${item.code} ${item.name}`,
                  code: "",
                  name: "",
                  isActive: true,
                })
              }
            >
              添加业务办理项
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
                commitmentEligible: item.commitmentEligible,
                commitmentModes: [...item.commitmentModes],
                verificationPeriodWorkingDays: item.verificationPeriodWorkingDays ?? null,
                allowedCreditGrades: [...item.allowedCreditGrades],
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
          aria-label="审批部门"
          showSearch={{ optionFilterProp: "label" }}
          options={[
            { value: ALL, label: "全部审批部门" },
            ...departments
              .filter((d) => d.kind === "APPROVAL")
              .map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <Input.Search
          style={{ width: 280 }}
          placeholder="编码或名称（含业务办理项）"
          allowClear
          aria-label="搜索审批事项"
          onSearch={setSearch}
        />
        <Select
          style={{ width: 180 }}
          value={mode}
          onChange={setMode}
          aria-label="告知承诺方式"
          options={[
            { value: ALL, label: "全部告知承诺方式" },
            ...COMMITMENT_MODES.map((m) => ({ value: m, label: COMMITMENT_MODE_LABELS[m] })),
            { value: NOT_ELIGIBLE, label: "不实行告知承诺" },
          ]}
        />
        <Select
          style={{ width: 130 }}
          value={includeInactive ? "all" : "active"}
          onChange={(v) => setIncludeInactive(v === "all")}
          aria-label="启用状态"
          options={[
            { value: "active", label: "仅启用" },
            { value: "all", label: "含停用" },
          ]}
        />
        <Button icon={<ReloadOutlined />} onClick={items.reload}>
          刷新
        </Button>
        {(ownApproval || viewer.roles.includes("COORDINATOR")) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() =>
              setEditing({
                code: "",
                name: "",
                departmentId: ownApproval,
                legalBasis: "",
                commitmentEligible: false,
                commitmentModes: [],
                verificationPeriodWorkingDays: null,
                allowedCreditGrades: [],
                isActive: true,
              })
            }
          >
            新建审批事项
          </Button>
        )}
      </Space>
      {items.error && (
        <Alert type="error" showIcon title={items.error} style={{ marginBottom: 16 }} />
      )}
      <Table<ApprovalItemRow>
        rowKey="id"
        columns={columns}
        dataSource={items.nodes}
        loading={items.loading}
        pagination={false}
        size="middle"
        locale={{ emptyText: "没有符合条件的审批事项" }}
      />
      {items.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={items.loadMore} loading={items.loading}>
            加载更多
          </Button>
        </div>
      )}
      <ApprovalItemModal
        initial={editing}
        departments={departments}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          saved(`已保存审批事项：${name}`);
        }}
      />
      <CodeNameModal
        target={part}
        onClose={() => setPart(null)}
        onSaved={(name) => {
          setPart(null);
          saved(`已保存业务办理项：${name}`);
        }}
      />
      <ProposeLinkModal
        handlingItem={proposing}
        departments={departments}
        onClose={() => setProposing(null)}
        onDone={() => {
          setProposing(null);
          saved("已提出审管关联，等待监管部门确认");
        }}
      />
      <LinkReasonModal
        action="unlink"
        link={unlinking}
        onClose={() => setUnlinking(null)}
        onDone={() => {
          setUnlinking(null);
          saved("已解除审管关联");
        }}
      />
    </>
  );
}
