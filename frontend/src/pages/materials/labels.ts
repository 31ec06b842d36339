import type { Viewer } from "../../auth/AuthContext";
import { hasAnyRole } from "../../auth/roles";

// Chinese labels of the materials store's enums (L1, domain/materials/rules.py).

export type MaterialCategoryKey =
  "IDENTITY" | "QUALIFICATION" | "PROPERTY" | "RIGHTS" | "CREDIT" | "SOCIAL_RELATIONS";

export const MATERIAL_CATEGORY_LABELS: Record<MaterialCategoryKey, string> = {
  IDENTITY: "身份类",
  QUALIFICATION: "资格类",
  PROPERTY: "财产类",
  RIGHTS: "权益类",
  CREDIT: "信用类",
  SOCIAL_RELATIONS: "社会关系类",
};

export const MATERIAL_CATEGORIES = Object.keys(MATERIAL_CATEGORY_LABELS) as MaterialCategoryKey[];

export type MaterialValidityKey = "VALID" | "EXPIRED" | "NOT_YET_VALID" | "WITHDRAWN";

export const MATERIAL_VALIDITY_LABELS: Record<MaterialValidityKey, string> = {
  VALID: "有效",
  EXPIRED: "已过期",
  NOT_YET_VALID: "未生效",
  WITHDRAWN: "已撤回",
};

export const MATERIAL_VALIDITY_COLORS: Record<MaterialValidityKey, string> = {
  VALID: "green",
  EXPIRED: "red",
  NOT_YET_VALID: "gold",
  WITHDRAWN: "default",
};

/** L1: approval officers, supervisors and department admins record materials for their department. */
export function canRecordMaterials(viewer: Viewer): boolean {
  return hasAnyRole(viewer.roles, ["APPROVAL_OFFICER", "SUPERVISOR", "DEPARTMENT_ADMIN"]);
}
