import { Card, Result, Tabs, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useViewer } from "../../auth/AuthContext";
import type { LinkageEventKindKey } from "./labels";
import { LicenseRequestsTab } from "./LicenseRequestsTab";
import { PushesTab } from "./PushesTab";
import { ReversePushesTab } from "./ReversePushesTab";
import { useLiveNotifications } from "./useLiveNotifications";

const TABS = ["pushes", "reverse", "requests"] as const;
type Tab = (typeof TABS)[number];
const LIVE_NOTICES: LinkageEventKindKey[] = [
  "TASK_FED_BACK",
  "PUSH_RETURNED",
  "REVERSE_PUSH_RECEIVED",
  "LICENSE_REQUEST_RECEIVED",
];

/** 审批推送: the approval department's decisions and what comes back (P1, P5, S4). */
export function ApprovalsPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab") as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : "pushes";
  const [refreshKey, setRefreshKey] = useState(0);
  useLiveNotifications(LIVE_NOTICES, () => setRefreshKey((k) => k + 1));
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
            个工作日内认领）；在此查看推送的认领与监管结果，认领监管信息推送，审查和决定许可处理申请。
          </Typography.Text>
        </div>
      </div>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: "pushes", label: "推送记录", children: <PushesTab refreshKey={refreshKey} /> },
            {
              key: "reverse",
              label: "监管信息推送",
              children: <ReversePushesTab refreshKey={refreshKey} />,
            },
            {
              key: "requests",
              label: "许可处理函告",
              children: <LicenseRequestsTab refreshKey={refreshKey} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
