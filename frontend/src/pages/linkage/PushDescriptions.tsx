import { PaperClipOutlined } from "@ant-design/icons";
import { Descriptions, Space, Tag, Typography } from "antd";
import { DueLight } from "../../components/DueLight";
import { formatDate, formatDateTime } from "../../components/format";
import type { LinkagePushDetailQuery } from "../../gql/graphql";
import { CreditGradeTag } from "../credit/common";
import {
  LICENSEE_KIND_LABELS,
  PUSH_SOURCE_LABELS,
  PUSH_STATUS_COLORS,
  PUSH_STATUS_LABELS,
  TASK_STATUS_LABELS,
} from "./labels";

export type PushDetail = Extract<
  NonNullable<LinkagePushDetailQuery["node"]>,
  { __typename: "Push" }
>;

/** Everything a push carries (P1), its routing and its claim. */
export function PushDescriptions({ push }: { push: PushDetail }) {
  const licensee = push.licensee;
  return (
    <>
      <Descriptions
        title="审批信息"
        size="small"
        column={2}
        bordered
        items={[
          {
            key: "documentNumber",
            label: "法律文书编号",
            span: 2,
            children: <Typography.Text strong>{push.documentNumber}</Typography.Text>,
          },
          {
            key: "approvalItem",
            label: "审批事项",
            span: 2,
            children: `${push.approvalItemCode} ${push.approvalItemName}`,
          },
          {
            key: "handlingItem",
            label: "业务办理项",
            span: 2,
            children: `${push.handlingItemCode} ${push.handlingItemName}`,
          },
          { key: "licenseDate", label: "许可日期", children: formatDate(push.licenseDate) },
          {
            key: "validity",
            label: "有效期",
            children: `${formatDate(push.validFrom)} 至 ${push.validUntil ? formatDate(push.validUntil) : "长期"}`,
          },
          {
            key: "licenseContent",
            label: "许可内容",
            span: 2,
            children: <span style={{ whiteSpace: "pre-wrap" }}>{push.licenseContent}</span>,
          },
          {
            key: "approvalDepartment",
            label: "审批部门",
            children: push.approvalDepartment.name,
          },
          { key: "source", label: "来源", children: PUSH_SOURCE_LABELS[push.source] },
        ]}
      />
      <Descriptions
        title="行政相对人"
        size="small"
        column={2}
        bordered
        style={{ marginTop: 16 }}
        items={[
          {
            key: "name",
            label: "名称",
            children: (
              <>
                {licensee.name} <Tag>{LICENSEE_KIND_LABELS[licensee.kind]}</Tag>
                {licensee.creditGrade && (
                  <CreditGradeTag
                    grade={licensee.creditGrade.grade}
                    reasons={licensee.creditGrade.reasons}
                  />
                )}
              </>
            ),
          },
          { key: "number", label: "代码/证件号", children: licensee.number },
          {
            key: "legalRepresentative",
            label: "法定代表人",
            children: licensee.legalRepresentative || "—",
          },
          {
            key: "contactPhone",
            label: "联系电话",
            children: licensee.contactPhone
              ? `${licensee.contactPhone}${licensee.contactMasked ? "（已脱敏）" : ""}`
              : "—",
          },
          { key: "address", label: "地址", span: 2, children: licensee.address || "—" },
        ]}
      />
      <Descriptions
        title="审批档案"
        size="small"
        column={1}
        bordered
        style={{ marginTop: 16 }}
        items={[
          {
            key: "materials",
            label: "申请材料",
            children: push.materials.length ? (
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {push.materials.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ol>
            ) : (
              "—"
            ),
          },
          {
            key: "handlingOpinion",
            label: "办理意见",
            children: <span style={{ whiteSpace: "pre-wrap" }}>{push.handlingOpinion || "—"}</span>,
          },
          {
            key: "attachments",
            label: "附件",
            children: push.attachments.length ? (
              <Space orientation="vertical" size={2}>
                {push.attachments.map((a) => (
                  <a key={a.id} href={a.url} target="_blank" rel="noreferrer">
                    <PaperClipOutlined /> {a.fileName}
                  </a>
                ))}
              </Space>
            ) : (
              "—"
            ),
          },
          {
            key: "commitmentContent",
            label: "告知承诺内容",
            children: (
              <span style={{ whiteSpace: "pre-wrap" }}>{push.commitmentContent || "—"}</span>
            ),
          },
        ]}
      />
      <Descriptions
        title="推送与认领"
        size="small"
        column={2}
        bordered
        style={{ marginTop: 16 }}
        items={[
          {
            key: "status",
            label: "状态",
            children: (
              <Tag color={PUSH_STATUS_COLORS[push.status]}>{PUSH_STATUS_LABELS[push.status]}</Tag>
            ),
          },
          {
            key: "department",
            label: "监管部门",
            children: push.department?.name ?? "无审管关联（协调小组分派）",
          },
          {
            key: "supervision",
            label: "监管事项",
            span: 2,
            children: push.supervisionSubItemName ?? push.supervisionItemName ?? "—",
          },
          { key: "pushedAt", label: "推送时间", children: formatDateTime(push.pushedAt) },
          { key: "claimedAt", label: "认领时间", children: formatDateTime(push.claimedAt) },
          {
            key: "claimDue",
            label: "认领期限",
            span: 2,
            children: <DueLight due={push.claimDue} done={!!push.claimedAt} showTime />,
          },
          ...(push.task
            ? [
                {
                  key: "task",
                  label: "监管任务",
                  span: 2,
                  children: (
                    <>
                      <Tag>{TASK_STATUS_LABELS[push.task.status]}</Tag>
                      <DueLight due={push.task.due} showTime />
                    </>
                  ),
                },
              ]
            : []),
          ...(push.openDispute
            ? [
                {
                  key: "dispute",
                  label: "退回理由",
                  span: 2,
                  children: push.openDispute.reason,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
