import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are stored in UTC and shown in Asia/Shanghai (T2). */
export const SHOWN_TIME_ZONE = "Asia/Shanghai";

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  return dayjs(value).tz(SHOWN_TIME_ZONE).format("YYYY-MM-DD HH:mm");
}

export function formatDateTimeSeconds(value: string | null | undefined): string {
  if (!value) return "—";
  return dayjs(value).tz(SHOWN_TIME_ZONE).format("YYYY-MM-DD HH:mm:ss");
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  return dayjs(value).format("YYYY年M月D日");
}

export function isInFuture(value: string | null | undefined): boolean {
  return !!value && dayjs(value).isAfter(dayjs());
}
