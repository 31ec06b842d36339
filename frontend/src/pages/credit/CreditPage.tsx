import { ReloadOutlined } from "@ant-design/icons";
import { Button, Space, Tabs, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { BlacklistTab } from "./BlacklistTab";
import { CreditCheckTab } from "./CreditCheckTab";
import { CreditRecordsTab } from "./CreditRecordsTab";
import "./credit.css";

const TABS = ["blacklist", "records", "check"] as const;
type TabKey = (typeof TABS)[number];

/** 信用管理 (R1–R3): the blacklist, credit records and the credit look-up of a licensee. */
export function CreditPage() {
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.includes(params.get("tab") as TabKey)
    ? (params.get("tab") as TabKey)
    : "blacklist";
  const [refresh, setRefresh] = useState(0);
  const reload = () => setRefresh((n) => n + 1);
  // The look-up tab opens on a number given by a link (?tab=check&number=…).
  const number = params.get("number") ?? "";
  const lookUp = (value: string) => setParams({ tab: "check", number: value });

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>信用管理</Typography.Title>
          <Typography.Text type="secondary">
            管理联合惩戒黑名单和行政相对人的信用记录，查询统一社会信用代码或身份证号码的信用风险等级。
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
        onChange={(key) =>
          setParams(key === "check" && number ? { tab: key, number } : { tab: key })
        }
        items={[
          {
            key: "blacklist",
            label: "黑名单",
            children: <BlacklistTab refresh={refresh} onLookUp={lookUp} />,
          },
          {
            key: "records",
            label: "信用记录",
            children: <CreditRecordsTab refresh={refresh} onLookUp={lookUp} />,
          },
          {
            key: "check",
            label: "信用查询",
            children: <CreditCheckTab refresh={refresh} number={number} onLookUp={lookUp} />,
          },
        ]}
      />
    </>
  );
}
