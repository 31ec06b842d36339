import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Checkbox,
  Empty,
  Segmented,
  Select,
  Space,
  Spin,
  Typography,
} from "antd";
import { useState } from "react";
import { useMutation } from "urql";
import { resultError } from "../../api/errors";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import type { JointReviewStatus } from "../../gql/graphql";
import { useTaskStream } from "../linkage/useTaskStream";
import { useDepartments } from "../users/useDepartments";
import { canAnswerJointReview, canSendJointReview } from "./access";
import { CreateReviewModal } from "./CreateReviewModal";
import { DecideModal } from "./DecideModal";
import { ClaimJointReviewDocument, JointReviewRequestsDocument } from "./operations";
import { RespondModal } from "./RespondModal";
import { ReviewCard } from "./ReviewCard";

type Scope = "all" | "sent" | "received";
const ALL = "__all__";

/** 会审 (J1, J2): 商请函 sent and received, responses side by side, the decision. */
export function ReviewsPage() {
  const viewer = useViewer();
  const { message } = App.useApp();
  const { departments } = useDepartments();
  const send = canSendJointReview(viewer);
  const answer = canAnswerJointReview(viewer);
  const ownDepartment = viewer.department?.id ?? null;
  const [scope, setScope] = useState<Scope>("all");
  const [status, setStatus] = useState<JointReviewStatus | typeof ALL>(ALL);
  const [keyOnly, setKeyOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const [responding, setResponding] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<string | null>(null);
  const [, claim] = useMutation(ClaimJointReviewDocument);
  const reviews = useConnection(
    JointReviewRequestsDocument,
    {
      filter: {
        status: status === ALL ? null : status,
        isKey: keyOnly ? true : null,
        approvalDepartmentId: scope === "sent" ? ownDepartment : null,
        addressedDepartmentId: scope === "received" ? ownDepartment : null,
      },
      first: 20,
    },
    (data) => data.jointReviewRequests,
  );
  const { reload } = reviews;
  // Live: a 商请函 received or decided for this department refreshes the list.
  useTaskStream((event) => {
    if (event.kind === "JOINT_REVIEW_RECEIVED" || event.kind === "JOINT_REVIEW_DECIDED") reload();
  });

  const onClaim = async (id: string) => {
    const r = await claim({ input: { requestId: id } });
    const error = r.error?.message ?? resultError(r.data?.claimJointReview)?.message;
    if (error) {
      message.error(error);
      return;
    }
    message.success("已认领");
    reload();
  };

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>会审</Typography.Title>
          <Typography.Text type="secondary">
            审批部门发出商请函，请相关部门联合审查材料、现场踏勘、技术评估、检验检测、听证或专家评审；
            各部门在书面通知后 3 个工作日内答复，审批部门据此作出决定。
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={reload}>
            刷新
          </Button>
          {send && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              发出商请函
            </Button>
          )}
        </Space>
      </div>
      <Space wrap style={{ marginBottom: 16 }}>
        {ownDepartment && (
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            options={[
              { value: "all", label: "全部" },
              { value: "sent", label: "本部门发出" },
              { value: "received", label: "发给本部门" },
            ]}
          />
        )}
        <Select
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={[
            { value: ALL, label: "全部状态" },
            { value: "OPEN", label: "会审中" },
            { value: "DECIDED", label: "已决定" },
          ]}
        />
        <Checkbox checked={keyOnly} onChange={(e) => setKeyOnly(e.target.checked)}>
          只看重点监管
        </Checkbox>
      </Space>
      {reviews.error && <Alert type="error" showIcon title={reviews.error} />}
      <Spin spinning={reviews.loading}>
        {reviews.nodes.length === 0 && !reviews.loading ? (
          <Empty description="暂无商请函" />
        ) : (
          reviews.nodes.map((review) => (
            <ReviewCard
              key={review.id}
              review={review}
              mayDecide={send && review.approvalDepartment.id === ownDepartment}
              mayAnswer={answer}
              onClaim={(id) => void onClaim(id)}
              onRespond={setResponding}
              onDecide={setDeciding}
            />
          ))
        )}
      </Spin>
      {reviews.hasNextPage && (
        <Button onClick={reviews.loadMore} loading={reviews.loading}>
          加载更多
        </Button>
      )}
      <CreateReviewModal
        open={creating}
        departments={departments}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          message.success("商请函已发出");
          reload();
        }}
      />
      <RespondModal
        requestId={responding}
        onClose={() => setResponding(null)}
        onDone={() => {
          setResponding(null);
          message.success("已答复");
          reload();
        }}
      />
      <DecideModal
        requestId={deciding}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          message.success("决定已记录并推送给会审部门");
          reload();
        }}
      />
    </>
  );
}
