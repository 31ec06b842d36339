import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import { ALL_ROLES, ROLE_LABELS } from "../../auth/roles";
import { formatDateTime, isInFuture } from "../../components/format";
import type { Role, UsersQuery } from "../../gql/graphql";
import { ContactModal } from "./ContactModal";
import { CreateUserModal } from "./CreateUserModal";
import { UsersDocument } from "./operations";
import { useDepartments } from "./useDepartments";

type UserRow = UsersQuery["users"]["edges"][number]["node"];

// What a department administrator may grant (domain/accounts/rules.py).
const DEPARTMENT_ADMIN_ASSIGNABLE: Role[] = ["APPROVAL_OFFICER", "SUPERVISOR", "DEPARTMENT_ADMIN"];

const ALL_DEPARTMENTS = "__all__";

const columnsWith = (onEditContact: (user: UserRow) => void): ColumnsType<UserRow> => [
  {
    title: "用户名",
    dataIndex: "username",
    render: (value: string) => <Typography.Text code>{value}</Typography.Text>,
  },
  { title: "姓名", dataIndex: "displayName" },
  {
    title: "部门",
    key: "department",
    render: (_, user) =>
      user.department?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
  },
  {
    title: "角色",
    dataIndex: "roles",
    render: (roles: Role[]) => (
      <Space size={[0, 4]} wrap>
        {roles.map((role) => (
          <Tag key={role}>{ROLE_LABELS[role]}</Tag>
        ))}
      </Space>
    ),
  },
  {
    title: "状态",
    key: "status",
    render: (_, user) => {
      if (!user.isActive) return <Tag color="default">已停用</Tag>;
      if (isInFuture(user.lockedUntil)) {
        return <Tag color="warning">锁定至 {formatDateTime(user.lockedUntil)}</Tag>;
      }
      return <Tag color="success">正常</Tag>;
    },
  },
  {
    title: "提醒",
    key: "reminders",
    render: (_, user) => (
      <Space orientation="vertical" size={0}>
        {user.receivesReminders && <Tag color="processing">接收提醒的责任人</Tag>}
        {user.email && <Typography.Text type="secondary">{user.email}</Typography.Text>}
        {user.phone && <Typography.Text type="secondary">{user.phone}</Typography.Text>}
      </Space>
    ),
  },
  { title: "最近登录", dataIndex: "lastLoginAt", render: formatDateTime },
  { title: "创建时间", dataIndex: "createdAt", render: formatDateTime },
  {
    title: "操作",
    key: "actions",
    render: (_, user) => (
      <Button size="small" onClick={() => onEditContact(user)}>
        提醒联系方式
      </Button>
    ),
  },
];

export function UsersPage() {
  const viewer = useViewer();
  const { message } = App.useApp();
  const isSystemAdmin = viewer.roles.includes("SYSTEM_ADMIN");
  const ownDepartmentId = viewer.department?.id ?? null;
  const { departments, loading: departmentsLoading } = useDepartments();
  const [departmentFilter, setDepartmentFilter] = useState<string>(
    isSystemAdmin ? ALL_DEPARTMENTS : (ownDepartmentId ?? ALL_DEPARTMENTS),
  );
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const departmentId = departmentFilter === ALL_DEPARTMENTS ? null : departmentFilter;
  const users = useConnection(UsersDocument, { departmentId, first: 50 }, (data) => data.users);

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>用户管理</Typography.Title>
          <Typography.Text type="secondary">
            {isSystemAdmin ? "管理全县各部门的用户账户。" : "管理本部门的用户账户。"}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建用户
        </Button>
      </div>
      <Card>
        <Space style={{ marginBottom: 16 }} wrap>
          <span>部门：</span>
          <Select
            style={{ width: 320 }}
            value={departmentFilter}
            loading={departmentsLoading}
            disabled={!isSystemAdmin}
            onChange={setDepartmentFilter}
            showSearch={{ optionFilterProp: "label" }}
            aria-label="部门"
            options={[
              ...(isSystemAdmin ? [{ value: ALL_DEPARTMENTS, label: "全部部门" }] : []),
              ...departments.map((d) => ({ value: d.id, label: d.name })),
            ]}
          />
          <Button icon={<ReloadOutlined />} onClick={users.reload}>
            刷新
          </Button>
        </Space>
        {users.error && (
          <Alert type="error" showIcon title={users.error} style={{ marginBottom: 16 }} />
        )}
        <Table<UserRow>
          rowKey="id"
          columns={columnsWith(setEditing)}
          dataSource={users.nodes}
          loading={users.loading}
          pagination={false}
          size="middle"
          locale={{ emptyText: "该部门暂无用户" }}
        />
        {users.hasNextPage && (
          <div style={{ textAlign: "center", marginTop: 16 }}>
            <Button onClick={users.loadMore} loading={users.loading}>
              加载更多
            </Button>
          </div>
        )}
      </Card>
      <ContactModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          message.success(`已保存 ${name} 的提醒联系方式`);
          users.reload();
        }}
      />
      <CreateUserModal
        open={creating}
        assignableRoles={isSystemAdmin ? ALL_ROLES : DEPARTMENT_ADMIN_ASSIGNABLE}
        departments={departments}
        fixedDepartmentId={isSystemAdmin ? null : ownDepartmentId}
        defaultDepartmentId={departmentId}
        onClose={() => setCreating(false)}
        onCreated={(name) => {
          setCreating(false);
          message.success(name ? `已创建用户：${name}` : "已创建用户");
          users.reload();
        }}
      />
    </>
  );
}
