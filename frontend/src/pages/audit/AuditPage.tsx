import { Card, Tabs, Typography } from "antd";
import { useSearchParams } from "react-router";
import { useViewer } from "../../auth/AuthContext";
import { EventsTab } from "./EventsTab";
import { TrailTab } from "./TrailTab";
import "./audit.css";

// 审计: auditors browse every event (auditEvents); auditors and the
// coordination group look up one object's trail (auditTrail). The state is in
// the URL (?tab=trail&targetType=User&targetId=3) so a trail can be linked.

export function AuditPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const isAuditor = viewer.roles.includes("AUDITOR");
  const tab = isAuditor ? (params.get("tab") ?? "events") : "trail";

  const openTrail = (targetType: string, targetId: string) =>
    setParams({ tab: "trail", targetType, targetId });

  const trail = (
    <TrailTab
      targetType={params.get("targetType")}
      targetId={params.get("targetId")}
      onChange={openTrail}
    />
  );
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>审计</Typography.Title>
          <Typography.Text type="secondary">
            全程留痕：每一次状态变更的操作人、时间、对象及修改前后内容，记录不可修改，哈希链可验证。
          </Typography.Text>
        </div>
      </div>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setParams(key === "events" ? {} : { ...Object.fromEntries(params), tab: key })
          }
          items={[
            ...(isAuditor
              ? [
                  {
                    key: "events",
                    label: "审计事件",
                    children: <EventsTab onOpenTrail={openTrail} />,
                  },
                ]
              : []),
            { key: "trail", label: "对象留痕", children: trail },
          ]}
        />
      </Card>
    </>
  );
}
