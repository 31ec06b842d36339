import type { Role } from "../gql/graphql";

export const ROLE_LABELS: Record<Role, string> = {
  APPROVAL_OFFICER: "审批人员",
  SUPERVISOR: "监管人员",
  DEPARTMENT_ADMIN: "部门管理员",
  COORDINATOR: "协调小组",
  AUDITOR: "审计人员",
  SYSTEM_ADMIN: "系统管理员",
};

export const ALL_ROLES = Object.keys(ROLE_LABELS) as Role[];

export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.some((role) => wanted.includes(role));
}
