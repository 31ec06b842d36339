import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Space,
  Typography,
} from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useState } from "react";
import { type ApiError, clearFieldErrors, showFieldError } from "../../api/errors";

// One year's holiday arrangement as the State Council notice lists it:
// holiday ranges (name, from, to) and the working weekend days (调休上班).
// The API checks it and names the wrong field: "input.holidays[1].to",
// "input.workingWeekendDays[0]" …; the message is shown under that field.

export interface HolidayNoticeValues {
  year: number;
  holidays: { name: string; from: string; to: string }[];
  workingWeekendDays: string[];
}

interface FormValues {
  year: number;
  holidays: { name: string; from: Dayjs | null; to: Dayjs | null }[];
  workingWeekendDays: (Dayjs | null)[];
}

// The seven statutory holidays, in the order of the notice.
const HOLIDAY_NAMES = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

function shownOnForm(path: (string | number)[]): boolean {
  const [root] = path;
  if (root === "year") return true;
  return (root === "holidays" || root === "workingWeekendDays") && path.length > 1;
}

const iso = (value: Dayjs | null) => (value ? value.format("YYYY-MM-DD") : "");

interface Props {
  defaultYear: number;
  /** Sends the notice; resolves to the API's error, or null when it was entered. */
  onSubmit: (values: HolidayNoticeValues) => Promise<ApiError | null>;
  submitting: boolean;
}

export function HolidayNoticeForm({ defaultYear, onSubmit, submitting }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const year = Form.useWatch("year", form) ?? defaultYear;
  const pickerDefault = dayjs(`${year}-01-01`);

  const submit = async (values: FormValues) => {
    setFormError(null);
    clearFieldErrors(form);
    const error = await onSubmit({
      year: values.year,
      holidays: values.holidays.map((h) => ({
        name: h.name.trim(),
        from: iso(h.from),
        to: iso(h.to),
      })),
      workingWeekendDays: values.workingWeekendDays.filter((d): d is Dayjs => d !== null).map(iso),
    });
    if (error && !showFieldError(form, error, shownOnForm)) {
      setFormError(error.message);
    }
  };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        year: defaultYear,
        holidays: HOLIDAY_NAMES.map((name) => ({ name, from: null, to: null })),
        workingWeekendDays: [null],
      }}
      onValuesChange={() => setFormError(null)}
    >
      <Typography.Paragraph type="secondary">
        按国务院办公厅发布的《关于{year}
        年部分节假日安排的通知》逐项填写。录入后该年全部日期按通知重新确定，
        跨入该年的期限将重新计算，到期时间有变化的期限列在下方。
      </Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form.Item label="年份" name="year" rules={[{ required: true, message: "请填写年份" }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} suffix="年" />
      </Form.Item>

      <Typography.Title level={5}>放假安排</Typography.Title>
      <Form.List name="holidays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={12} key={field.key} align="top">
                <Col flex="180px">
                  <Form.Item
                    name={[field.name, "name"]}
                    label={index === 0 ? "节假日名称" : undefined}
                    rules={[{ required: true, whitespace: true, message: "请填写名称" }]}
                  >
                    <Input placeholder="如 春节" aria-label={`第 ${index + 1} 个节假日名称`} />
                  </Form.Item>
                </Col>
                <Col flex="200px">
                  <Form.Item
                    name={[field.name, "from"]}
                    label={index === 0 ? "放假开始" : undefined}
                    rules={[{ required: true, message: "请选择开始日期" }]}
                  >
                    <DatePicker
                      style={{ width: "100%" }}
                      defaultPickerValue={pickerDefault}
                      aria-label={`第 ${index + 1} 个节假日开始日期`}
                    />
                  </Form.Item>
                </Col>
                <Col flex="200px">
                  <Form.Item
                    name={[field.name, "to"]}
                    label={index === 0 ? "放假结束（含）" : undefined}
                    rules={[{ required: true, message: "请选择结束日期" }]}
                  >
                    <DatePicker
                      style={{ width: "100%" }}
                      defaultPickerValue={pickerDefault}
                      aria-label={`第 ${index + 1} 个节假日结束日期`}
                    />
                  </Form.Item>
                </Col>
                <Col flex="40px">
                  <Form.Item label={index === 0 ? " " : undefined}>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={`删除第 ${index + 1} 个节假日`}
                      onClick={() => remove(field.name)}
                      disabled={fields.length === 1}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ name: "", from: null, to: null })}
            >
              添加节假日
            </Button>
          </>
        )}
      </Form.List>

      <Typography.Title level={5} style={{ marginTop: 24 }}>
        调休上班日（周六、周日上班）
      </Typography.Title>
      <Form.List name="workingWeekendDays">
        {(fields, { add, remove }) => (
          <>
            <Space wrap align="start">
              {fields.map((field, index) => (
                <Space key={field.key} align="start" size={4}>
                  <Form.Item name={field.name} style={{ marginBottom: 8 }}>
                    <DatePicker
                      defaultPickerValue={pickerDefault}
                      aria-label={`第 ${index + 1} 个调休上班日`}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={`删除第 ${index + 1} 个调休上班日`}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
            </Space>
            <div>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(null)}>
                添加调休上班日
              </Button>
            </div>
          </>
        )}
      </Form.List>

      <Form.Item style={{ marginTop: 24, marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          录入节假日安排
        </Button>
      </Form.Item>
    </Form>
  );
}
