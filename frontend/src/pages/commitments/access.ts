import type { Viewer } from "../../auth/AuthContext";
import { hasAnyRole } from "../../auth/roles";

// Who sees which button on the commitments page: the API's rules
// (domain/commitments/services). The server decides; these only hide what it would refuse.

/** K1–K5: approval officers and department admins of an approval department act. */
export function canActOnCommitments(viewer: Viewer): boolean {
  return (
    hasAnyRole(viewer.roles, ["APPROVAL_OFFICER", "DEPARTMENT_ADMIN"]) &&
    viewer.department?.kind === "APPROVAL"
  );
}

/** R2: only the approval department's admin may blacklist while revoking. */
export function canBlacklistOnRevocation(viewer: Viewer): boolean {
  return viewer.roles.includes("DEPARTMENT_ADMIN") && viewer.department?.kind === "APPROVAL";
}
