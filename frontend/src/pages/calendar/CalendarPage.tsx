import { Alert, App, Card, Col, Row, Skeleton, Typography } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useMemo, useRef, useState } from "react";
import { useMutation, useQuery } from "urql";
import { combinedErrorMessage, resultError } from "../../api/errors";
import { CalendarStatusCard, CalendarWarning, missingYear } from "./CalendarStatusCard";
import { CorrectDayModal } from "./CorrectDayModal";
import { HolidayNoticeForm, type HolidayNoticeValues } from "./HolidayNoticeForm";
import { type DayInfo, MonthView } from "./MonthView";
import { MovedDeadlines, type MovedDeadlineRow } from "./MovedDeadlines";
import {
  CalendarDaysDocument,
  CalendarStatusDocument,
  EnterHolidayNoticeDocument,
} from "./operations";

// 工作日历 (system admins): which years are known, a month of working days,
// holidays and 调休, entering a year's State Council notice, correcting a day,
// and the deadlines whose due time moved because of it (T1).

interface Moved {
  title: string;
  rows: MovedDeadlineRow[];
}

export function CalendarPage() {
  const { message } = App.useApp();
  const [statusResult, refetchStatus] = useQuery({
    query: CalendarStatusDocument,
    requestPolicy: "network-only",
  });
  const status = statusResult.data?.calendarStatus;
  const [chosenMonth, setMonth] = useState<Dayjs | null>(null);
  const month =
    chosenMonth ?? (status ? dayjs(status.today).startOf("month") : dayjs().startOf("month"));
  const range = {
    from: month.subtract(7, "day").format("YYYY-MM-DD"),
    to: month.endOf("month").add(14, "day").format("YYYY-MM-DD"),
  };
  const [daysResult, refetchDays] = useQuery({
    query: CalendarDaysDocument,
    variables: range,
    pause: !status,
    requestPolicy: "cache-and-network",
  });
  const days = useMemo(
    () => new Map<string, DayInfo>((daysResult.data?.calendarDays ?? []).map((d) => [d.date, d])),
    [daysResult.data],
  );
  const [{ fetching: entering }, enterNotice] = useMutation(EnterHolidayNoticeDocument);
  const [formYear, setFormYear] = useState<number | null>(null);
  const [moved, setMoved] = useState<Moved | null>(null);
  const [openDay, setOpenDay] = useState<DayInfo | null>(null);
  const formRef = useRef<HTMLDivElement>(null);

  const refresh = () => {
    refetchStatus({ requestPolicy: "network-only" });
    refetchDays({ requestPolicy: "network-only" });
  };

  const submitNotice = async (values: HolidayNoticeValues) => {
    const result = await enterNotice({ input: values });
    if (result.error) {
      return { message: combinedErrorMessage(result.error), code: "NETWORK", field: null };
    }
    const outcome = result.data?.enterHolidayNotice;
    const error = resultError(outcome);
    if (error) return error;
    if (outcome?.__typename === "EnterHolidayNoticeSuccess") {
      const count = outcome.movedDeadlines.length;
      message.success(
        `已录入 ${outcome.year} 年节假日安排${count > 0 ? `，${count} 个期限的到期时间有变动` : ""}。`,
      );
      setMoved({ title: `录入 ${outcome.year} 年节假日安排后`, rows: outcome.movedDeadlines });
      setMonth(dayjs(`${outcome.year}-01-01`));
    }
    refresh();
    return null;
  };

  if (statusResult.error && !status) {
    return <Alert type="error" showIcon title={combinedErrorMessage(statusResult.error)} />;
  }
  const defaultYear =
    formYear ?? (status ? (missingYear(status) ?? status.nextYear) : dayjs().year() + 1);

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>工作日历</Typography.Title>
          <Typography.Text type="secondary">
            法定工作日：周一至周五，除去法定节假日，加上调休上班日。所有“N 个工作日”的期限按此计算。
          </Typography.Text>
        </div>
      </div>
      {status && (
        <CalendarWarning
          status={status}
          onEnterYear={(year) => {
            setFormYear(year);
            formRef.current?.scrollIntoView({ behavior: "smooth" });
          }}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          {status ? (
            <CalendarStatusCard status={status} />
          ) : (
            <Card title="日历状态">
              <Skeleton active />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={16}>
          <Card
            title={<span data-testid="calendar-month-title">{month.format("YYYY年M月")}</span>}
            extra={<Typography.Text type="secondary">点击日期可查看或更正</Typography.Text>}
          >
            {daysResult.error && (
              <Alert
                type="error"
                showIcon
                title={combinedErrorMessage(daysResult.error)}
                style={{ marginBottom: 12 }}
              />
            )}
            <MonthView
              month={month}
              days={days}
              loading={daysResult.fetching}
              onMonthChange={setMonth}
              onDayClick={setOpenDay}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card title="到期时间变动的期限">
            {moved ? (
              <>
                <Typography.Paragraph type="secondary">
                  {moved.title}，重新计算后到期时间改变的期限（按新到期时间排序）：
                </Typography.Paragraph>
                <MovedDeadlines rows={moved.rows} />
              </>
            ) : (
              <Typography.Text type="secondary">
                录入节假日安排或更正某一天后，到期时间因此改变的期限会列在这里。
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <div ref={formRef}>
            <Card title="录入节假日安排">
              <HolidayNoticeForm
                key={defaultYear}
                defaultYear={defaultYear}
                onSubmit={submitNotice}
                submitting={entering}
              />
            </Card>
          </div>
        </Col>
      </Row>
      <CorrectDayModal
        day={openDay}
        onClose={() => setOpenDay(null)}
        onCorrected={(rows) => {
          const day = openDay;
          setOpenDay(null);
          message.success(`已更正 ${day ? dayjs(day.date).format("YYYY年M月D日") : ""}。`);
          setMoved({ title: `更正 ${day ? dayjs(day.date).format("YYYY年M月D日") : ""} 后`, rows });
          refresh();
        }}
      />
    </>
  );
}
