import { ReloadOutlined } from "@ant-design/icons";
import { App, Button, Space, Tabs, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { TimelineDrawer } from "../../components/Timeline";
import { useDepartments } from "../users/useDepartments";
import { DisputesTab } from "./DisputesTab";
import { GapsTab } from "./GapsTab";
import { QueuesTab } from "./QueuesTab";
import { ReassignModal, type ReassignTarget } from "./ReassignModal";
import { useCoordinationStream } from "./useCoordinationStream";
import "./coordination.css";

const TABS = ["gaps", "disputes", "queues"] as const;
type TabKey = (typeof TABS)[number];

/** 协调处置: the coordination group assigns routing gaps and resolves disputes (P3), sees all queues (A2). */
export function CoordinationPage() {
  const { message } = App.useApp();
  const { departments } = useDepartments();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.includes(params.get("tab") as TabKey)
    ? (params.get("tab") as TabKey)
    : "gaps";
  const [refresh, setRefresh] = useState(0);
  const [reassigning, setReassigning] = useState<ReassignTarget | null>(null);
  const [timelinePush, setTimelinePush] = useState<{ id: string; documentNumber: string } | null>(
    null,
  );
  const reload = () => setRefresh((n) => n + 1);
  useCoordinationStream(reload);

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>协调处置</Typography.Title>
          <Typography.Text type="secondary">
            分派无审管关联的推送，处理监管部门退回形成的职责争议，查看各部门的认领和监管任务队列。
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
        </Space>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          {
            key: "gaps",
            label: "无审管关联",
            children: (
              <GapsTab refresh={refresh} onReassign={setReassigning} onTimeline={setTimelinePush} />
            ),
          },
          {
            key: "disputes",
            label: "职责争议",
            children: (
              <DisputesTab
                refresh={refresh}
                departments={departments}
                onReassign={setReassigning}
                onTimeline={setTimelinePush}
              />
            ),
          },
          {
            key: "queues",
            label: "全部队列",
            children: (
              <QueuesTab refresh={refresh} departments={departments} onTimeline={setTimelinePush} />
            ),
          },
        ]}
      />
      <TimelineDrawer push={timelinePush} onClose={() => setTimelinePush(null)} />
      <ReassignModal
        target={reassigning}
        departments={departments}
        onClose={() => setReassigning(null)}
        onDone={(departmentName) => {
          message.success(`已将 ${reassigning?.documentNumber ?? ""} 分派给${departmentName}`);
          setReassigning(null);
          reload();
        }}
      />
    </>
  );
}
