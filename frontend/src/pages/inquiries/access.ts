import type { Viewer } from "../../auth/AuthContext";
import { hasAnyRole } from "../../auth/roles";
import type { InquiryFieldsFragment } from "../../gql/graphql";

// Who sees which button on the inquiries page: the API's rules
// (domain/inquiries/services.py). The server decides; these only hide what it would refuse.

const ACTING = ["APPROVAL_OFFICER", "SUPERVISOR", "DEPARTMENT_ADMIN", "COORDINATOR"] as const;

/** Q1: anyone who acts on their department's records sends in its name. */
export function canSendInquiry(viewer: Viewer): boolean {
  return Boolean(viewer.department) && hasAnyRole(viewer.roles, ACTING);
}

/** Q1: the asked department answers while the inquiry is open and not past due. */
export function canAnswerInquiry(viewer: Viewer, inquiry: InquiryFieldsFragment): boolean {
  return (
    canSendInquiry(viewer) &&
    inquiry.status === "OPEN" &&
    !inquiry.replyDue.overdue &&
    viewer.department?.id === inquiry.askedDepartment.id
  );
}

/** The coordination group and auditors read every department's inquiries. */
export function seesAll(viewer: Viewer): boolean {
  return hasAnyRole(viewer.roles, ["COORDINATOR", "AUDITOR"]);
}
