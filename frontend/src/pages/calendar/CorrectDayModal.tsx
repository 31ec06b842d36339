import { Alert, Descriptions, Form, Input, Modal, Radio } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";
import { combinedErrorMessage, resultError, showFieldError } from "../../api/errors";
import { formatDateTime } from "../../components/format";
import type { DayInfo } from "./MonthView";
import type { MovedDeadlineRow } from "./MovedDeadlines";
import { CorrectCalendarDayDocument } from "./operations";

const SOURCE_LABELS: Record<string, string> = {
  PACKAGE: "内置日历",
  NOTICE: "节假日通知",
  CORRECTION: "单日更正",
};

interface CorrectForm {
  isWorkingDay: boolean;
  reason: string;
}

interface Props {
  day: DayInfo | null;
  onClose: () => void;
  onCorrected: (moved: MovedDeadlineRow[]) => void;
}

/** One day of the calendar, and its correction (须填写原因，记入全程留痕). */
export function CorrectDayModal({ day, onClose, onCorrected }: Props) {
  const [form] = Form.useForm<CorrectForm>();
  const [{ fetching }, correct] = useMutation(CorrectCalendarDayDocument);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (values: CorrectForm) => {
    if (!day) return;
    setFormError(null);
    const result = await correct({
      input: { date: day.date, isWorkingDay: values.isWorkingDay, reason: values.reason.trim() },
    });
    if (result.error) {
      setFormError(combinedErrorMessage(result.error));
      return;
    }
    const outcome = result.data?.correctCalendarDay;
    const error = resultError(outcome);
    if (error) {
      if (!showFieldError(form, error, ["reason", "isWorkingDay"])) setFormError(error.message);
      return;
    }
    onCorrected(outcome?.__typename === "CorrectCalendarDaySuccess" ? outcome.movedDeadlines : []);
  };

  return (
    <Modal
      title={day ? `${dayjs(day.date).format("YYYY年M月D日 dddd")}` : ""}
      open={day !== null}
      okText="保存更正"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={fetching}
      onCancel={() => {
        setFormError(null);
        onClose();
      }}
      destroyOnHidden
    >
      {day && (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="当前">
              {day.isWorkingDay ? "工作日" : "休息日"}
              {day.holidayName ? `（${day.holidayName}）` : ""}
              {day.provisional ? "，暂定" : ""}
            </Descriptions.Item>
            <Descriptions.Item label="来源">
              {day.source ? (SOURCE_LABELS[day.source] ?? day.source) : "尚未录入，按周一至周五"}
            </Descriptions.Item>
            {day.changedBy && (
              <Descriptions.Item label="录入">
                {day.changedBy}，{formatDateTime(day.changedAt)}
              </Descriptions.Item>
            )}
            {day.reason && <Descriptions.Item label="更正原因">{day.reason}</Descriptions.Item>}
          </Descriptions>
          {formError && (
            <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />
          )}
          <Form<CorrectForm>
            form={form}
            layout="vertical"
            onFinish={submit}
            preserve={false}
            initialValues={{ isWorkingDay: !day.isWorkingDay, reason: "" }}
          >
            <Form.Item label="更正为" name="isWorkingDay">
              <Radio.Group
                options={[
                  { value: true, label: "工作日" },
                  { value: false, label: "休息日" },
                ]}
              />
            </Form.Item>
            <Form.Item
              label="更正原因"
              name="reason"
              rules={[{ required: true, whitespace: true, message: "请填写更正原因" }]}
            >
              <Input.TextArea
                rows={3}
                maxLength={500}
                showCount
                placeholder="如：依据县政府临时通知"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
