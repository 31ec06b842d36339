import { Card, Result, Tabs, Typography } from "antd";
import { useSearchParams } from "react-router";
import { useViewer } from "../../auth/AuthContext";
import { PushesTab } from "./PushesTab";

const TABS = ["pushes"] as const;
type Tab = (typeof TABS)[number];

/** 审批推送: the approval department's decisions and what comes back (P1, P5, S4). */
export function ApprovalsPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab") as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : "pushes";
  if (viewer.department?.kind !== "APPROVAL") {
    return <Result status="info" title="本页面供审批部门使用" />;
  }
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>审批推送</Typography.Title>
          <Typography.Text type="secondary">
            录入审批决定后即推送给清单关联的监管部门（3
            个工作日内认领）；在此查看推送的认领与监管结果。
          </Typography.Text>
        </div>
      </div>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[{ key: "pushes", label: "推送记录", children: <PushesTab /> }]}
        />
      </Card>
    </>
  );
}
