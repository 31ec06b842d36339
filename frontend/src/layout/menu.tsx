import {
  AuditOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  FileExcelOutlined,
  HomeOutlined,
  PartitionOutlined,
  ProfileOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { Role } from "../gql/graphql";

// The side navigation. PAGES says what each page is; MENU_BY_ROLE says which
// pages each role sees, in order. A user with several roles sees the union.
// Later issues add their pages here (and a route in App.tsx), e.g.
//   catalogue 事项清单, pushes 推送认领, tasks 监管任务, commitments 告知承诺,
//   credit 信用, reviews 会审与函询, statistics 统计.
// Only pages that exist are listed.

export type PageKey =
  "home" | "catalogue" | "coverage" | "publish" | "import" | "calendar" | "users" | "audit";

export interface PageEntry {
  path: string;
  label: string;
  icon: ReactNode;
}

export const PAGES: Record<PageKey, PageEntry> = {
  home: { path: "/", label: "工作台", icon: <HomeOutlined /> },
  catalogue: { path: "/catalogue", label: "事项清单", icon: <ProfileOutlined /> },
  coverage: { path: "/catalogue/coverage", label: "覆盖情况", icon: <PartitionOutlined /> },
  publish: { path: "/catalogue/publish", label: "发布清单", icon: <CloudUploadOutlined /> },
  import: { path: "/catalogue/import", label: "导入导出", icon: <FileExcelOutlined /> },
  calendar: { path: "/calendar", label: "工作日历", icon: <CalendarOutlined /> },
  users: { path: "/users", label: "用户管理", icon: <TeamOutlined /> },
  audit: { path: "/audit", label: "审计", icon: <AuditOutlined /> },
};

export const MENU_BY_ROLE: Record<Role, readonly PageKey[]> = {
  APPROVAL_OFFICER: ["home", "catalogue"],
  SUPERVISOR: ["home", "catalogue"],
  DEPARTMENT_ADMIN: ["home", "catalogue", "users"],
  COORDINATOR: ["home", "catalogue", "coverage", "publish", "import", "audit"],
  AUDITOR: ["home", "catalogue", "audit"],
  SYSTEM_ADMIN: ["home", "calendar", "users"],
};

/** The pages a user with ``roles`` sees, in the order of PAGES. */
export function pagesFor(roles: readonly Role[]): PageKey[] {
  const allowed = new Set(roles.flatMap((role) => MENU_BY_ROLE[role] ?? []));
  return (Object.keys(PAGES) as PageKey[]).filter((key) => allowed.has(key));
}

/** The roles that may open a page (used to guard its route). */
export function rolesFor(page: PageKey): Role[] {
  return (Object.keys(MENU_BY_ROLE) as Role[]).filter((role) => MENU_BY_ROLE[role].includes(page));
}
