import { PaperClipOutlined } from "@ant-design/icons";
import { Button, Space, Tag, Tooltip, Typography } from "antd";
import type { CreditGrade } from "../../gql/graphql";
import { LICENSEE_KIND_LABELS } from "../linkage/labels";
import { CREDIT_GRADE_COLORS, CREDIT_GRADE_LABELS } from "./labels";

/** R3: a licensee's credit grade as a coloured tag; the reasons in its tooltip. */
export function CreditGradeTag({
  grade,
  reasons,
}: {
  grade: CreditGrade;
  reasons?: readonly string[];
}) {
  const tag = (
    <Tag color={CREDIT_GRADE_COLORS[grade]} data-testid="credit-grade" data-grade={grade}>
      信用 {CREDIT_GRADE_LABELS[grade]}
    </Tag>
  );
  return reasons && reasons.length > 0 ? <Tooltip title={reasons.join("；")}>{tag}</Tooltip> : tag;
}

/** A licensee's name and number; the number opens the credit look-up. */
export function LicenseeCell({
  licensee,
  onLookUp,
}: {
  licensee: { name: string; number: string; kind: "COMPANY" | "PERSON" };
  onLookUp: (number: string) => void;
}) {
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{licensee.name}</Typography.Text>
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: "auto" }}
        title="信用查询"
        onClick={() => onLookUp(licensee.number)}
      >
        {licensee.number}
      </Button>
      <Typography.Text type="secondary" className="credit-sub">
        {LICENSEE_KIND_LABELS[licensee.kind]}
      </Typography.Text>
    </Space>
  );
}

export function AttachmentLinks({
  attachments,
}: {
  attachments: readonly { id: string; fileName: string; url: string }[];
}) {
  if (attachments.length === 0) return null;
  return (
    <Space orientation="vertical" size={0}>
      {attachments.map((a) => (
        <a key={a.id} href={a.url} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {a.fileName}
        </a>
      ))}
    </Space>
  );
}
