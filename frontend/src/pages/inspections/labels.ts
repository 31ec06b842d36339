import type { Viewer } from "../../auth/AuthContext";
import { hasAnyRole } from "../../auth/roles";
import type { InspectionPlanStatus } from "../../gql/graphql";

// Random inspection (R4): labels, and who sees which button. The server decides
// (domain/inspections/services.py); these only hide what it would refuse.

export const PLAN_STATUS_LABELS: Record<InspectionPlanStatus, string> = {
  DRAFT: "待抽取",
  DRAWN: "已抽取",
  PUBLISHED: "已公开",
};

export const PLAN_STATUS_COLORS: Record<InspectionPlanStatus, string> = {
  DRAFT: "default",
  DRAWN: "blue",
  PUBLISHED: "green",
};

/** A department admin or supervisor of a supervision department creates and draws plans. */
export function canPlanInspections(viewer: Viewer): boolean {
  return (
    viewer.department?.kind === "SUPERVISION" &&
    hasAnyRole(viewer.roles, ["DEPARTMENT_ADMIN", "SUPERVISOR"])
  );
}

/** The department admin names the department's inspector pool. */
export function canSetInspectors(viewer: Viewer): boolean {
  return viewer.department?.kind === "SUPERVISION" && viewer.roles.includes("DEPARTMENT_ADMIN");
}
