import { SearchOutlined } from "@ant-design/icons";
import { Alert, AutoComplete, Button, Form, Input, Space } from "antd";
import { useEffect } from "react";
import { useConnection } from "../../api/useConnection";
import { EventTable } from "./EventTable";
import { TARGET_TYPE_LABELS } from "./labels";
import { AuditTrailDocument } from "./operations";

interface TrailForm {
  targetType: string;
  targetId: string;
}

interface Props {
  targetType: string | null;
  targetId: string | null;
  onChange: (targetType: string, targetId: string) => void;
}

/** One object's trail, oldest first. */
export function TrailTab({ targetType, targetId, onChange }: Props) {
  const [form] = Form.useForm<TrailForm>();
  const target = targetType && targetId ? { targetType, targetId } : null;
  const trail = useConnection(
    AuditTrailDocument,
    target ? { ...target, first: 100 } : null,
    (data) => data.auditTrail,
  );

  useEffect(() => {
    form.setFieldsValue({ targetType: targetType ?? "", targetId: targetId ?? "" });
  }, [form, targetType, targetId]);

  return (
    <>
      <Form<TrailForm>
        form={form}
        layout="inline"
        style={{ rowGap: 12, marginBottom: 16 }}
        onFinish={(values) => onChange(values.targetType.trim(), values.targetId.trim())}
      >
        <Form.Item
          name="targetType"
          label="对象类型"
          rules={[{ required: true, whitespace: true, message: "请填写对象类型" }]}
        >
          <AutoComplete
            style={{ width: 200 }}
            placeholder="如 User"
            options={Object.entries(TARGET_TYPE_LABELS).map(([value, label]) => ({
              value,
              label: `${value}（${label}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="targetId"
          label="对象编号"
          rules={[{ required: true, whitespace: true, message: "请填写对象编号" }]}
        >
          <Input placeholder="编号或全局编号" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查看留痕
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {trail.error && (
        <Alert type="error" showIcon title={trail.error} style={{ marginBottom: 16 }} />
      )}
      {target ? (
        <>
          <EventTable
            events={trail.nodes}
            loading={trail.loading}
            emptyText="该对象没有您可查看的审计记录"
          />
          {trail.hasNextPage && (
            <div style={{ textAlign: "center", marginTop: 16 }}>
              <Button onClick={trail.loadMore} loading={trail.loading}>
                加载更多
              </Button>
            </div>
          )}
        </>
      ) : (
        <Alert
          type="info"
          showIcon
          title="输入对象类型和编号，查看该对象从创建起的全部变更记录（全程留痕）。"
        />
      )}
    </>
  );
}
