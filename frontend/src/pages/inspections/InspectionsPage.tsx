import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Empty, Space, Typography } from "antd";
import { useState } from "react";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import { CreatePlanModal } from "./CreatePlanModal";
import { InspectorPool } from "./InspectorPool";
import { canPlanInspections } from "./labels";
import { InspectionPlansDocument } from "./operations";
import { PlanCard } from "./PlanCard";

/** 双随机抽查 (R4): the inspector pool, plans, the draw, its check and publication. */
export function InspectionsPage() {
  const viewer = useViewer();
  const { message } = App.useApp();
  const [refresh, setRefresh] = useState(0);
  const [creating, setCreating] = useState(false);
  const plans = useConnection(InspectionPlansDocument, { first: 20 }, (d) => d.inspectionPlans);
  const reload = () => {
    setRefresh((n) => n + 1);
    plans.reload();
  };

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>双随机抽查</Typography.Title>
          <Typography.Text type="secondary">
            按信用风险等级比例随机抽取检查对象、从检查人员名录随机抽取检查人员，抽查结果向社会公开（双随机、一公开）。
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
          {canPlanInspections(viewer) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建抽查计划
            </Button>
          )}
        </Space>
      </div>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        {viewer.department?.kind === "SUPERVISION" && <InspectorPool refresh={refresh} />}
        {plans.error && <Alert type="error" showIcon title={plans.error} />}
        {!plans.loading && plans.nodes.length === 0 && !plans.error && (
          <Empty description="暂无抽查计划" />
        )}
        {plans.nodes.map((plan) => (
          <PlanCard key={plan.id} plan={plan} onChanged={plans.reload} />
        ))}
        {plans.hasNextPage && (
          <Button block loading={plans.loading} onClick={plans.loadMore}>
            加载更多
          </Button>
        )}
      </Space>
      <CreatePlanModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          message.success("抽查计划已创建");
          plans.reload();
        }}
      />
    </>
  );
}
