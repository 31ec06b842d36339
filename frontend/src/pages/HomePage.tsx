import { Card, Col, Descriptions, Row, Typography } from "antd";
import { useNavigate } from "react-router";
import { useViewer } from "../auth/AuthContext";
import { ROLE_LABELS } from "../auth/roles";
import { PAGES, pagesFor } from "../layout/menu";

const DEPARTMENT_KIND_LABELS: Record<string, string> = {
  APPROVAL: "审批部门",
  SUPERVISION: "监管部门",
  COORDINATION: "协调小组",
};

export function HomePage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const pages = pagesFor(viewer.roles, viewer.department?.kind).filter((key) => key !== "home");
  return (
    <>
      <div className="page-header">
        <Typography.Title level={3}>工作台</Typography.Title>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title="当前用户">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="姓名">{viewer.displayName}</Descriptions.Item>
              <Descriptions.Item label="用户名">{viewer.username}</Descriptions.Item>
              <Descriptions.Item label="部门">
                {viewer.department
                  ? `${viewer.department.name}（${DEPARTMENT_KIND_LABELS[viewer.department.kind] ?? viewer.department.kind}）`
                  : "全县"}
              </Descriptions.Item>
              <Descriptions.Item label="角色">
                {viewer.roles.map((role) => ROLE_LABELS[role]).join("、")}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="常用功能">
            {pages.length === 0 ? (
              <Typography.Text type="secondary">
                您的业务功能（推送认领、监管任务等）将陆续上线。
              </Typography.Text>
            ) : (
              <Row gutter={[12, 12]}>
                {pages.map((key) => (
                  <Col span={12} key={key}>
                    <Card hoverable size="small" onClick={() => navigate(PAGES[key].path)}>
                      <span style={{ marginRight: 8 }}>{PAGES[key].icon}</span>
                      {PAGES[key].label}
                    </Card>
                  </Col>
                ))}
              </Row>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
