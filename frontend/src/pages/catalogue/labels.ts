import type { Viewer } from "../../auth/AuthContext";
import type { CatalogueLinkStatus, CommitmentMode, KeyArea } from "../../gql/graphql";

export const COMMITMENT_MODE_LABELS: Record<CommitmentMode, string> = {
  DEFERRED_MATERIALS: "材料延期",
  MATERIAL_VERIFICATION: "材料核验",
  POST_VERIFICATION: "事后核查",
};

export const COMMITMENT_MODES = Object.keys(COMMITMENT_MODE_LABELS) as CommitmentMode[];

export const KEY_AREA_LABELS: Record<KeyArea, string> = {
  SAFETY_PRODUCTION: "安全生产",
  HEALTH: "卫生健康",
  FOOD_AND_DRUGS: "食品药品",
  SPECIAL_EQUIPMENT: "特种设备",
  HAZARDOUS_CHEMICALS: "危险化学品",
};

export const KEY_AREAS = Object.keys(KEY_AREA_LABELS) as KeyArea[];

export const LINK_STATUS_LABELS: Record<CatalogueLinkStatus, string> = {
  PROPOSED: "待确认",
  CONFIRMED: "已确认",
  REJECTED: "已拒绝",
  UNLINKED: "已解除",
};

export const LINK_STATUS_COLORS: Record<CatalogueLinkStatus, string> = {
  PROPOSED: "gold",
  CONFIRMED: "green",
  REJECTED: "red",
  UNLINKED: "default",
};

export const CREDIT_GRADES = ["A", "B", "C", "D"] as const;

/**
 * MANAGE_CATALOGUE (domain/accounts/policy.py): the coordinator in any
 * department; approval officers, supervisors and department admins in their
 * own. The page only hides buttons; the API decides.
 */
export function canManage(viewer: Viewer, departmentId: string | null | undefined): boolean {
  if (viewer.roles.includes("COORDINATOR")) return true;
  const manages = viewer.roles.some((role) =>
    ["APPROVAL_OFFICER", "SUPERVISOR", "DEPARTMENT_ADMIN"].includes(role),
  );
  return manages && !!departmentId && viewer.department?.id === departmentId;
}

export function isCoordinator(viewer: Viewer): boolean {
  return viewer.roles.includes("COORDINATOR");
}
