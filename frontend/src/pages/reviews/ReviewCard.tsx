import { Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from "antd";
import { formatDate, formatDateTime } from "../../components/format";
import type {
  JointReviewFieldsFragment,
  JointReviewResponseFieldsFragment,
} from "../../gql/graphql";
import { AttachmentLinks } from "../credit/common";
import {
  KIND_LABELS,
  OUTCOME_LABELS,
  RECOMMENDATION_LABELS,
  RESPONSE_STATUS_LABELS,
} from "./labels";

// One 商请函 with every response side by side (J2): a card per addressed department,
// with its late tag (T4); the buttons the viewer may use.

const STATUS_COLORS = {
  PENDING: "default",
  CLAIMED: "processing",
  RESPONDED: "success",
  NO_RESPONSE: "error",
} as const;

function LateTag({ response }: { response: JointReviewResponseFieldsFragment }) {
  if (!response.overdue) return null;
  const days = response.lateWorkingDays;
  return (
    <Tag color="red" data-testid="late-tag">
      {days ? `逾期 ${days} 个工作日` : "已逾期"}
    </Tag>
  );
}

function ResponseCard({ response }: { response: JointReviewResponseFieldsFragment }) {
  return (
    <Card
      size="small"
      data-testid="response-card"
      data-department={response.department.name}
      title={response.department.name}
      extra={
        <Space size={4}>
          <Tag color={STATUS_COLORS[response.status]}>
            {RESPONSE_STATUS_LABELS[response.status]}
          </Tag>
          <LateTag response={response} />
        </Space>
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="答复期限">
          {formatDateTime(response.dueAt)}
          {response.dueProvisional && <Tag style={{ marginLeft: 4 }}>暂定</Tag>}
        </Descriptions.Item>
        {response.recommendation && (
          <Descriptions.Item label="建议">
            <Tag color={response.recommendation === "DISAGREE" ? "red" : "green"}>
              {RECOMMENDATION_LABELS[response.recommendation]}
            </Tag>
          </Descriptions.Item>
        )}
        {response.opinion && <Descriptions.Item label="意见">{response.opinion}</Descriptions.Item>}
        {response.staff.length > 0 && (
          <Descriptions.Item label="派出人员">{response.staff.join("、")}</Descriptions.Item>
        )}
        {response.respondedAt && (
          <Descriptions.Item label="答复">
            {formatDateTime(response.respondedAt)} {response.respondedBy}
          </Descriptions.Item>
        )}
        {response.attachments.length > 0 && (
          <Descriptions.Item label="书面意见">
            <AttachmentLinks attachments={response.attachments} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

export function ReviewCard({
  review,
  mayDecide,
  mayAnswer,
  onClaim,
  onRespond,
  onDecide,
}: {
  review: JointReviewFieldsFragment;
  mayDecide: boolean;
  mayAnswer: boolean;
  onClaim: (id: string) => void;
  onRespond: (id: string) => void;
  onDecide: (id: string) => void;
}) {
  const own = review.ownResponse;
  const open = review.status === "OPEN";
  return (
    <Card
      data-testid="joint-review"
      data-licensee={review.licenseeName}
      style={{ marginBottom: 16 }}
      title={
        <Space wrap>
          <Tag color="blue">{KIND_LABELS[review.kind]}</Tag>
          {review.isKey && (
            <Tag color="volcano" data-testid="key-tag">
              重点监管
            </Tag>
          )}
          <Typography.Text strong>{review.licenseeName}</Typography.Text>
          <Typography.Text type="secondary">{review.approvalItem.name}</Typography.Text>
          <Tag color={open ? "processing" : "success"}>{open ? "会审中" : "已决定"}</Tag>
        </Space>
      }
      extra={
        <Space>
          {open && mayAnswer && own?.status === "PENDING" && (
            <Button type="primary" onClick={() => onClaim(review.id)}>
              认领
            </Button>
          )}
          {open && mayAnswer && own?.status === "CLAIMED" && (
            <Button type="primary" onClick={() => onRespond(review.id)}>
              答复
            </Button>
          )}
          {open && mayDecide && (
            <Button type="primary" onClick={() => onDecide(review.id)}>
              作出决定
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="发函部门">{review.approvalDepartment.name}</Descriptions.Item>
        <Descriptions.Item label="申请人代码">{review.licenseeNumber}</Descriptions.Item>
        <Descriptions.Item label="书面通知日期">{formatDate(review.noticeDate)}</Descriptions.Item>
        <Descriptions.Item label="发函">
          {formatDateTime(review.createdAt)} {review.createdBy}
        </Descriptions.Item>
        <Descriptions.Item label="会审事由" span={2}>
          {review.subject}
        </Descriptions.Item>
        {review.staff.length > 0 && (
          <Descriptions.Item label="派出人员">{review.staff.join("、")}</Descriptions.Item>
        )}
        <Descriptions.Item label="书面通知">
          <AttachmentLinks attachments={review.attachments} />
        </Descriptions.Item>
        {review.outcome && (
          <Descriptions.Item label="决定" span={2}>
            <Space wrap>
              <Tag color={review.outcome === "REJECTED" ? "red" : "green"} data-testid="outcome">
                {OUTCOME_LABELS[review.outcome]}
              </Tag>
              <span>{review.decision}</span>
              <Typography.Text type="secondary">
                {formatDateTime(review.decidedAt)} {review.decidedBy}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      {review.responses.length === 0 ? (
        <Empty description="暂无答复" />
      ) : (
        <Row gutter={[12, 12]}>
          {review.responses.map((response) => (
            <Col key={response.id} xs={24} md={12} xl={8}>
              <ResponseCard response={response} />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
