import { Card, Tabs, Typography } from "antd";
import { useSearchParams } from "react-router";
import { useDepartments } from "../users/useDepartments";
import { ApprovalItemsTab } from "./ApprovalItemsTab";
import "./catalogue.css";
import { LinksTab } from "./LinksTab";
import { SupervisionItemsTab } from "./SupervisionItemsTab";

const TABS = ["approval", "supervision", "links"] as const;
type Tab = (typeof TABS)[number];

/** 事项清单: the draft catalogue (C1–C3); ?tab= keeps the open tab in the address. */
export function CataloguePage() {
  const { departments } = useDepartments();
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab") as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : "approval";
  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>事项清单</Typography.Title>
          <Typography.Text type="secondary">
            审管联动事项清单（草稿）：审批事项及其业务办理项、监管事项及其子项，以及二者的审管关联。修改在发布后生效。
          </Typography.Text>
        </div>
      </div>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: "approval",
              label: "审批事项",
              children: <ApprovalItemsTab departments={departments} />,
            },
            {
              key: "supervision",
              label: "监管事项",
              children: <SupervisionItemsTab departments={departments} />,
            },
            { key: "links", label: "审管关联", children: <LinksTab departments={departments} /> },
          ]}
        />
      </Card>
    </>
  );
}
