import type { Viewer } from "../../auth/AuthContext";
import { hasAnyRole } from "../../auth/roles";

// Who sees which button on the joint review page: the API's rules
// (domain/reviews/services.py). The server decides; these only hide what it would refuse.

/** J1: approval officers and department admins of an approval department send 商请函. */
export function canSendJointReview(viewer: Viewer): boolean {
  return (
    viewer.department?.kind === "APPROVAL" &&
    hasAnyRole(viewer.roles, ["APPROVAL_OFFICER", "DEPARTMENT_ADMIN"])
  );
}

/** J2: the addressed department's approval officers, supervisors and admins answer. */
export function canAnswerJointReview(viewer: Viewer): boolean {
  return hasAnyRole(viewer.roles, ["APPROVAL_OFFICER", "SUPERVISOR", "DEPARTMENT_ADMIN"]);
}
