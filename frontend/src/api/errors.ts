import type { FormInstance } from "antd";
import type { CombinedError } from "urql";

// Mutations return a union of a success type and error types implementing
// `interface Error { message code field }` (api/errors.py). Every mutation
// document selects `... on Error { message code field }` so that any member
// of the union that is an error carries these three fields.

export interface ApiError {
  __typename?: string;
  message: string;
  code: string;
  field?: string | null;
}

/** The error member of a mutation result, or null when it is the success type. */
export function resultError(result: object | null | undefined): ApiError | null {
  if (result && "message" in result && "code" in result) {
    return result as ApiError;
  }
  return null;
}

/** A readable message for a transport or top-level GraphQL error. */
export function combinedErrorMessage(error: CombinedError): string {
  if (error.networkError) {
    return "无法连接服务器，请检查网络后重试。";
  }
  const first = error.graphQLErrors[0];
  return first?.message ?? error.message;
}

const snakeToCamel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The form path of an error's `field`: "input.holidays[1].end" or
 * "holidays.1.end" -> ["holidays", 1, "end"]; snake_case becomes camelCase
 * (the GraphQL input's names).
 */
export function fieldPath(field: string): (string | number)[] {
  const parts = field
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((p) => p !== "");
  if (parts[0] === "input") {
    parts.shift();
  }
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : snakeToCamel(p)));
}

/**
 * Show an API error next to its form field when the form has that field.
 * Returns true when it did; otherwise the caller shows the message elsewhere.
 */
export function showFieldError(
  form: FormInstance,
  error: ApiError,
  knownFields: readonly string[] | ((path: (string | number)[]) => boolean),
): boolean {
  if (!error.field) {
    return false;
  }
  const path = fieldPath(error.field);
  const root = path[0];
  const known =
    typeof knownFields === "function"
      ? knownFields(path)
      : typeof root === "string" && knownFields.includes(root);
  if (!known) {
    return false;
  }
  form.setFields([{ name: path, errors: [error.message] }]);
  form.scrollToField(path);
  return true;
}

/** Remove every error shown on the form's fields (before a new submission). */
export function clearFieldErrors(form: FormInstance): void {
  const shown = form.getFieldsError().filter((field) => field.errors.length > 0);
  if (shown.length > 0) {
    form.setFields(shown.map((field) => ({ name: field.name, errors: [] })));
  }
}
