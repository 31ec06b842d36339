import { Calendar, Space, Tag, Tooltip, Typography } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import "./calendar.css";

/** What the month view needs of a day (the calendarDays query's fields). */
export interface DayInfo {
  date: string; // YYYY-MM-DD
  isWorkingDay: boolean;
  holidayName?: string | null;
  provisional: boolean;
  source?: string | null;
  reason?: string | null;
  changedBy?: string | null;
  changedAt?: string | null;
}

export type DayKind = "holiday" | "working-weekend" | "weekend" | "working";

export function dayKind(day: DayInfo): DayKind {
  const weekday = dayjs(day.date).day(); // 0 Sunday … 6 Saturday
  const isWeekend = weekday === 0 || weekday === 6;
  if (day.isWorkingDay) return isWeekend ? "working-weekend" : "working";
  return isWeekend && !day.holidayName ? "weekend" : "holiday";
}

interface Props {
  month: Dayjs;
  days: Map<string, DayInfo>;
  loading: boolean;
  onMonthChange: (month: Dayjs) => void;
  /** A day was clicked (to show or correct it). */
  onDayClick?: (day: DayInfo) => void;
}

function Cell({ day }: { day: DayInfo | undefined }) {
  if (!day) return null;
  const kind = dayKind(day);
  const mark =
    kind === "holiday" ? (
      <Tag color="red" variant="filled" className="cal-mark">
        休
      </Tag>
    ) : kind === "working-weekend" ? (
      <Tag color="orange" variant="filled" className="cal-mark">
        班
      </Tag>
    ) : null;
  const title = [
    day.holidayName,
    kind === "working-weekend" ? "调休上班" : null,
    day.provisional ? "暂定：该年尚未录入，按周一至周五计算" : null,
    day.reason ? `更正原因：${day.reason}` : null,
  ]
    .filter(Boolean)
    .join("；");
  const content = (
    <div
      className={`cal-cell cal-${kind}${day.provisional ? " cal-provisional" : ""}`}
      data-kind={kind}
    >
      {mark && (
        <div className="cal-name">
          {mark}
          {kind === "working-weekend"
            ? day.holidayName
              ? `${day.holidayName}调休`
              : "调休上班"
            : (day.holidayName ?? "休息")}
        </div>
      )}
      {day.provisional && <div className="cal-provisional-note">暂定</div>}
    </div>
  );
  return title ? <Tooltip title={title}>{content}</Tooltip> : content;
}

export function MonthView({ month, days, loading, onMonthChange, onDayClick }: Props) {
  return (
    <div className={loading ? "cal-loading" : undefined}>
      <Calendar
        value={month}
        mode="month"
        onPanelChange={(value) => onMonthChange(value.startOf("month"))}
        onSelect={(value, info) => {
          if (!value.isSame(month, "month")) onMonthChange(value.startOf("month"));
          const day = days.get(value.format("YYYY-MM-DD"));
          if (info.source === "date" && day && onDayClick) onDayClick(day);
        }}
        cellRender={(current, info) =>
          info.type === "date" ? (
            <Cell day={days.get(current.format("YYYY-MM-DD"))} />
          ) : (
            info.originNode
          )
        }
      />
      <Space size="large" className="cal-legend" wrap>
        <span>
          <Tag color="red" variant="filled">
            休
          </Tag>
          法定节假日
        </span>
        <span>
          <Tag color="orange" variant="filled">
            班
          </Tag>
          调休上班（周末工作日）
        </span>
        <span>
          <span className="cal-swatch cal-swatch-weekend" />
          周末休息
        </span>
        <span>
          <span className="cal-swatch cal-swatch-provisional" />
          暂定（该年尚未录入）
        </span>
        <Typography.Text type="secondary">其余为工作日</Typography.Text>
      </Space>
    </div>
  );
}
