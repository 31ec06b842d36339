import type { Viewer } from "../../auth/AuthContext";
import { hasAnyRole } from "../../auth/roles";

// Who sees which button on the credit page: the API's rules (domain/accounts/policy.py,
// domain/credit/services.py). The server decides; these only hide what it would refuse.

/** R2: the coordination group, or a department admin of an approval department. */
export function canManageBlacklist(viewer: Viewer): boolean {
  return (
    viewer.roles.includes("COORDINATOR") ||
    (viewer.roles.includes("DEPARTMENT_ADMIN") && viewer.department?.kind === "APPROVAL")
  );
}

/** R1: approval officers, supervisors and department admins for their own department; coordinators. */
export function canRecordCredit(viewer: Viewer): boolean {
  return hasAnyRole(viewer.roles, [
    "COORDINATOR",
    "APPROVAL_OFFICER",
    "SUPERVISOR",
    "DEPARTMENT_ADMIN",
  ]);
}

/** Only the coordination group records a fact for another department. */
export function canChooseRecordingDepartment(viewer: Viewer): boolean {
  return viewer.roles.includes("COORDINATOR");
}
