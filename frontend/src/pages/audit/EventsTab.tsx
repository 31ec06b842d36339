import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { Alert, Button, DatePicker, Form, Input, Select, Space, Switch, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useSubscription } from "urql";
import { useConnection } from "../../api/useConnection";
import type { AuditEventFilter } from "../../gql/graphql";
import { useDepartments } from "../users/useDepartments";
import { EventTable } from "./EventTable";
import { TARGET_TYPE_LABELS } from "./labels";
import { AuditEventRecordedDocument, AuditEventsDocument } from "./operations";

interface FilterForm {
  actionPrefix?: string;
  actorUsername?: string;
  departmentId?: string;
  targetType?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(values: FilterForm): AuditEventFilter {
  const [since, until] = values.period ?? [null, null];
  return {
    actionPrefix: values.actionPrefix?.trim() || null,
    actorUsername: values.actorUsername?.trim() || null,
    departmentId: values.departmentId ?? null,
    targetType: values.targetType ?? null,
    since: since ? since.startOf("minute").toISOString() : null,
    until: until ? until.startOf("minute").add(1, "minute").toISOString() : null,
  };
}

export function EventsTab({ onOpenTrail }: { onOpenTrail: (type: string, id: string) => void }) {
  const [form] = Form.useForm<FilterForm>();
  const [filter, setFilter] = useState<AuditEventFilter>({});
  const [live, setLive] = useState(true);
  const { departments } = useDepartments();
  const events = useConnection(
    AuditEventsDocument,
    { filter, first: 50 },
    (data) => data.auditEvents,
  );
  // New events while the page is open (graphql-ws subscription): counted, shown on demand.
  const [{ data: received = 0 }] = useSubscription(
    { query: AuditEventRecordedDocument, pause: !live },
    (count: number = 0) => count + 1,
  );
  const [seen, setSeen] = useState(0);
  const newCount = Math.max(0, received - seen);
  const reload = () => {
    setSeen(received);
    events.reload();
  };

  return (
    <>
      <Form<FilterForm>
        form={form}
        layout="inline"
        onFinish={(values) => setFilter(toFilter(values))}
        style={{ rowGap: 12, marginBottom: 16 }}
      >
        <Form.Item name="actionPrefix" label="操作">
          <Input
            placeholder="如 user. 或 calendar.enter_notice"
            allowClear
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item name="actorUsername" label="操作人">
          <Input placeholder="用户名" allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="targetType" label="对象类型">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 160 }}
            options={Object.entries(TARGET_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="departmentId" label="部门">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 220 }}
            showSearch={{ optionFilterProp: "label" }}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="period" label="时间">
          <DatePicker.RangePicker
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            allowEmpty={[true, true]}
          />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter({});
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Space style={{ marginBottom: 12 }} wrap>
        <Switch checked={live} onChange={setLive} size="small" />
        <Typography.Text type="secondary">实时接收新事件</Typography.Text>
        {live && newCount > 0 && (
          <Button size="small" icon={<ReloadOutlined />} onClick={reload}>
            有 {newCount} 条新事件，点击刷新
          </Button>
        )}
      </Space>
      {events.error && (
        <Alert type="error" showIcon title={events.error} style={{ marginBottom: 16 }} />
      )}
      <EventTable
        events={events.nodes}
        loading={events.loading}
        onOpenTrail={onOpenTrail}
        emptyText="没有符合条件的审计事件"
      />
      {events.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={events.loadMore} loading={events.loading}>
            加载更多
          </Button>
        </div>
      )}
    </>
  );
}
