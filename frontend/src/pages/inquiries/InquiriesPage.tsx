import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { App, Button, Space, Tabs, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useViewer } from "../../auth/AuthContext";
import type { InquiryFieldsFragment } from "../../gql/graphql";
import { useLiveNotifications } from "../linkage/useLiveNotifications";
import { canSendInquiry, seesAll } from "./access";
import { InquiryDrawer } from "./InquiryDrawer";
import { InquiryList } from "./InquiryList";
import { SendInquiryModal } from "./SendInquiryModal";

const LIVE = ["INQUIRY_RECEIVED", "INQUIRY_ANSWERED", "INQUIRY_DEEMED_CONSENT"] as const;
const TABS = ["received", "sent", "all"] as const;
type TabKey = (typeof TABS)[number];

/** 业务函询 (Q1): inquiries received and sent, sending one, answering one. */
export function InquiriesPage() {
  const viewer = useViewer();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const departmentId = viewer.department?.id ?? null;
  const everything = seesAll(viewer);
  const tabs: TabKey[] = [
    ...(departmentId ? (["received", "sent"] as const) : []),
    ...(everything ? (["all"] as const) : []),
  ];
  const asked = params.get("tab") as TabKey;
  const tab: TabKey = tabs.includes(asked) ? asked : (tabs[0] ?? "received");
  const [refresh, setRefresh] = useState(0);
  const reload = () => setRefresh((n) => n + 1);
  const [sending, setSending] = useState(false);
  const [open, setOpen] = useState<InquiryFieldsFragment | null>(null);
  // New, answered and deemed-consent inquiries of the department arrive live.
  useLiveNotifications(LIVE, reload);

  const list = (key: TabKey) => (
    <InquiryList
      testId={`inquiries-${key}`}
      refresh={refresh}
      onOpen={setOpen}
      filter={
        key === "received"
          ? { askedDepartmentId: departmentId }
          : key === "sent"
            ? { askingDepartmentId: departmentId }
            : {}
      }
    />
  );
  const labels: Record<TabKey, string> = {
    received: "收到的函询",
    sent: "发出的函询",
    all: "全部函询",
  };

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>业务函询</Typography.Title>
          <Typography.Text type="secondary">
            部门之间就方案、政策、办理标准发函询问；受函部门须在答复期限内答复，逾期不答复的视为同意，责任由受函部门承担。
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
          {canSendInquiry(viewer) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setSending(true)}>
              发出函询
            </Button>
          )}
        </Space>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={tabs.map((key) => ({ key, label: labels[key], children: list(key) }))}
      />
      <SendInquiryModal
        open={sending}
        onClose={() => setSending(false)}
        onSent={(inquiry) => {
          setSending(false);
          message.success(`已向${inquiry.askedDepartment.name}发出函询`);
          setParams({ tab: "sent" });
          reload();
        }}
      />
      <InquiryDrawer
        inquiry={open}
        onClose={() => setOpen(null)}
        onAnswered={(inquiry) => {
          setOpen(inquiry);
          message.success("已答复");
          reload();
        }}
      />
    </>
  );
}
