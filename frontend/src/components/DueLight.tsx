import { Tag, Tooltip } from "antd";
import { formatDateTime } from "./format";

// The deadline light of a queue row (A2): green in time, yellow due within one
// working day, red overdue (with the working days late once known, T4).
// `light` is the server's colour (DeadlineLight, computed with the working-day
// calendar); NONE means the work is done, and the light then says whether it
// was done on time.

export type DueLightColour = "GREEN" | "YELLOW" | "RED";

export interface DueLightState {
  dueAt: string;
  overdue: boolean;
  provisional?: boolean | null;
  workingDaysLate?: number | null;
  light?: DueLightColour | string | null;
}

const COLOURS: Record<DueLightColour, string> = {
  GREEN: "green",
  YELLOW: "gold",
  RED: "red",
};

export function dueLightColour(due: DueLightState): DueLightColour {
  if (due.overdue || due.light === "RED") return "RED";
  if (due.light === "YELLOW") return "YELLOW";
  return "GREEN";
}

export function dueLightText(due: DueLightState, done = false): string {
  const colour = dueLightColour(due);
  const late = due.workingDaysLate;
  if (done) {
    if (late === null || late === undefined) return due.overdue ? "逾期办理" : "按期办理";
    return late > 0 ? `逾期 ${late} 个工作日` : "按期办理";
  }
  if (colour === "RED") return late ? `已逾期 ${late} 个工作日` : "已逾期";
  if (colour === "YELLOW") return "1 个工作日内到期";
  return "正常";
}

interface Props {
  due: DueLightState;
  /** The work is done (claimed, fed back): the light says whether it was on time. */
  done?: boolean;
  /** Show the due time next to the light. */
  showTime?: boolean;
}

export function DueLight({ due, done: doneGiven = false, showTime = false }: Props) {
  const done = doneGiven || due.light === "NONE";
  const colour = dueLightColour(due);
  const text = dueLightText(due, done);
  const title = `期限：${formatDateTime(due.dueAt)}${due.provisional ? "（暂定，待日历录入后重算）" : ""}`;
  return (
    <Tooltip title={title}>
      <span data-testid="due-light" data-light={colour} style={{ whiteSpace: "nowrap" }}>
        <Tag color={done && colour !== "RED" ? "default" : COLOURS[colour]}>
          <span
            aria-hidden
            style={{
              display: "inline-block",
              width: 8,
              height: 8,
              borderRadius: "50%",
              marginRight: 6,
              background:
                colour === "RED" ? "#dc2626" : colour === "YELLOW" ? "#f59e0b" : "#16a34a",
            }}
          />
          {text}
        </Tag>
        {showTime && <span style={{ color: "#6b7280" }}>{formatDateTime(due.dueAt)}</span>}
      </span>
    </Tooltip>
  );
}
