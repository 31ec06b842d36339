import type { FormInstance } from "antd";
import type { CombinedError } from "urql";
import {
  clearFieldErrors,
  combinedErrorMessage,
  resultError,
  showFieldError,
} from "../../api/errors";

/**
 * Run a mutation of a form and sort out its answer: a transport error or an
 * error without a known field goes to `setFormError` (shown above the form),
 * an error with a field of the form under that field. Returns the success
 * member of the result union, or null.
 */
export async function submitForm<TResult extends object>(
  form: FormInstance,
  fields: readonly string[],
  setFormError: (message: string | null) => void,
  run: () => Promise<{ error?: CombinedError; result: TResult | null | undefined }>,
): Promise<TResult | null> {
  setFormError(null);
  clearFieldErrors(form);
  const { error, result } = await run();
  if (error) {
    setFormError(combinedErrorMessage(error));
    return null;
  }
  const apiError = resultError(result);
  if (apiError) {
    if (!showFieldError(form, apiError, fields)) setFormError(apiError.message);
    return null;
  }
  return result ?? null;
}
