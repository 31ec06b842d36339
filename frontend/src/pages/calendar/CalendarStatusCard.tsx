import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from "antd";
import { formatDate } from "../../components/format";
import type { CalendarStatusQuery } from "../../gql/graphql";

type Status = CalendarStatusQuery["calendarStatus"];

/** Years as ranges: [2004, 2005, 2006, 2009] -> "2004–2006、2009". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const year of [...sorted, Number.NaN]) {
    if (start !== undefined && previous !== undefined && year !== previous + 1) {
      parts.push(start === previous ? `${start}` : `${start}–${previous}`);
      start = undefined;
    }
    if (!Number.isNaN(year) && start === undefined) start = year;
    previous = year;
  }
  return parts.join("、");
}

/** The year the administrator should enter now: this year if missing, else next year. */
export function missingYear(status: Status): number | null {
  const thisYear = status.nextYear - 1;
  if (!status.knownYears.includes(thisYear)) return thisYear;
  return status.nextYearKnown ? null : status.nextYear;
}

interface Props {
  status: Status;
  onEnterYear: (year: number) => void;
}

/** T1: the warning that this year, or (from 1 November) next year, is not entered. */
export function CalendarWarning({ status, onEnterYear }: Props) {
  const missing = missingYear(status);
  if (!status.warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`${missing ?? status.nextYear} 年节假日安排尚未录入`}
      description={status.warning}
      style={{ marginBottom: 16 }}
      data-testid="calendar-warning"
      action={
        missing !== null && (
          <Button size="small" type="primary" onClick={() => onEnterYear(missing)}>
            立即录入
          </Button>
        )
      }
    />
  );
}

export function CalendarStatusCard({ status }: { status: Status }) {
  return (
    <Card title="日历状态">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="今天">{formatDate(status.today)}</Descriptions.Item>
        <Descriptions.Item label="已录入年份">
          {status.knownYears.length > 0 ? yearRanges(status.knownYears) : "无"}
        </Descriptions.Item>
        <Descriptions.Item label={`${status.nextYear} 年`}>
          {status.nextYearKnown ? (
            <Tag color="success">已录入</Tag>
          ) : (
            <Space>
              <Tag color="warning">未录入</Tag>
              <Typography.Text type="secondary">跨入该年的期限暂按周一至周五计算</Typography.Text>
            </Space>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
