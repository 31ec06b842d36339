import {
  AlertOutlined,
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  FileDoneOutlined,
  FileExcelOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  MailOutlined,
  PartitionOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  SendOutlined,
  SnippetsOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { DepartmentKind, Role } from "../gql/graphql";

// The side navigation. PAGES says what each page is; MENU_BY_ROLE says which
// pages each role sees, in order. A user with several roles sees the union.
// Later issues add their pages here (and a route in App.tsx), e.g.
//   catalogue 事项清单, pushes 推送认领, tasks 监管任务, commitments 告知承诺,
//   credit 信用, reviews 会审与函询, statistics 统计.
// Only pages that exist are listed.

export type PageKey =
  | "home"
  | "catalogue"
  | "approvals"
  | "tasks"
  | "coverage"
  | "publish"
  | "import"
  | "coordination"
  | "statistics"
  | "calendar"
  | "users"
  | "audit"
  | "notifications"
  | "reminderTemplates"
  | "credit"
  | "reviews"
  | "inquiries"
  | "materials"
  | "commitments"
  | "inspections"
  | "reports";

export interface PageEntry {
  path: string;
  label: string;
  icon: ReactNode;
}

export const PAGES: Record<PageKey, PageEntry> = {
  home: { path: "/", label: "工作台", icon: <HomeOutlined /> },
  catalogue: { path: "/catalogue", label: "事项清单", icon: <ProfileOutlined /> },
  approvals: { path: "/approvals", label: "审批推送", icon: <SendOutlined /> },
  tasks: { path: "/tasks", label: "监管任务", icon: <ScheduleOutlined /> },
  credit: { path: "/credit", label: "信用管理", icon: <SafetyCertificateOutlined /> },
  reports: { path: "/reports", label: "群众举报", icon: <AlertOutlined /> },
  commitments: { path: "/commitments", label: "告知承诺", icon: <FileDoneOutlined /> },
  reviews: { path: "/reviews", label: "会审", icon: <SolutionOutlined /> },
  inquiries: { path: "/inquiries", label: "业务函询", icon: <MailOutlined /> },
  materials: { path: "/materials", label: "证照材料库", icon: <FolderOpenOutlined /> },
  inspections: { path: "/inspections", label: "双随机抽查", icon: <AimOutlined /> },
  coverage: { path: "/catalogue/coverage", label: "覆盖情况", icon: <PartitionOutlined /> },
  publish: { path: "/catalogue/publish", label: "发布清单", icon: <CloudUploadOutlined /> },
  import: { path: "/catalogue/import", label: "导入导出", icon: <FileExcelOutlined /> },
  coordination: { path: "/coordination", label: "协调处置", icon: <ApartmentOutlined /> },
  statistics: { path: "/statistics", label: "统计", icon: <BarChartOutlined /> },
  calendar: { path: "/calendar", label: "工作日历", icon: <CalendarOutlined /> },
  users: { path: "/users", label: "用户管理", icon: <TeamOutlined /> },
  audit: { path: "/audit", label: "审计", icon: <AuditOutlined /> },
  notifications: { path: "/notifications", label: "通知", icon: <BellOutlined /> },
  reminderTemplates: {
    path: "/reminder-templates",
    label: "提醒模板",
    icon: <SnippetsOutlined />,
  },
};

export const MENU_BY_ROLE: Record<Role, readonly PageKey[]> = {
  APPROVAL_OFFICER: [
    "home",
    "catalogue",
    "approvals",
    "reviews",
    "credit",
    "commitments",
    "inquiries",
    "materials",
    "notifications",
  ],
  SUPERVISOR: [
    "home",
    "catalogue",
    "tasks",
    "reports",
    "reviews",
    "credit",
    "inquiries",
    "materials",
    "notifications",
    "inspections",
  ],
  DEPARTMENT_ADMIN: [
    "home",
    "catalogue",
    "approvals",
    "tasks",
    "reports",
    "reviews",
    "statistics",
    "users",
    "notifications",
    "reminderTemplates",
    "credit",
    "commitments",
    "inquiries",
    "materials",
    "inspections",
  ],
  COORDINATOR: [
    "home",
    "catalogue",
    "coverage",
    "publish",
    "import",
    "coordination",
    "reports",
    "reviews",
    "statistics",
    "audit",
    "notifications",
    "reminderTemplates",
    "credit",
    "commitments",
    "inquiries",
    "materials",
    "inspections",
  ],
  AUDITOR: [
    "home",
    "catalogue",
    "reviews",
    "reports",
    "statistics",
    "audit",
    "notifications",
    "credit",
    "commitments",
    "inquiries",
    "materials",
    "inspections",
  ],
  SYSTEM_ADMIN: ["home", "calendar", "users", "notifications", "reminderTemplates"],
};

/**
 * Pages of one kind of department only: a department admin (whose role is the same in an
 * approval and a supervision department) sees its own kind's. The coordination group
 * and users of no department see what their roles give.
 */
const PAGE_DEPARTMENT_KIND: Partial<Record<PageKey, DepartmentKind>> = {
  approvals: "APPROVAL",
  commitments: "APPROVAL",
  tasks: "SUPERVISION",
  reports: "SUPERVISION",
  inspections: "SUPERVISION",
};

function kindAllows(key: PageKey, kind?: DepartmentKind | null): boolean {
  const only = PAGE_DEPARTMENT_KIND[key];
  if (!only || kind === "COORDINATION" || !kind) return true;
  return only === kind;
}

/** The pages a user with ``roles`` (in a department of ``kind``) sees, in the order of PAGES. */
export function pagesFor(roles: readonly Role[], kind?: DepartmentKind | null): PageKey[] {
  const allowed = new Set(roles.flatMap((role) => MENU_BY_ROLE[role] ?? []));
  return (Object.keys(PAGES) as PageKey[]).filter(
    (key) => allowed.has(key) && kindAllows(key, kind),
  );
}

/** The roles that may open a page (used to guard its route). */
export function rolesFor(page: PageKey): Role[] {
  return (Object.keys(MENU_BY_ROLE) as Role[]).filter((role) => MENU_BY_ROLE[role].includes(page));
}
