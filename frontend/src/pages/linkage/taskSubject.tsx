import { Space, Tag, Typography } from "antd";
import { TASK_ORIGIN_COLORS, TASK_ORIGIN_LABELS, type TaskOriginKey } from "./labels";

// What a supervision task is about, for the queues: a push's document and item, or, for a
// task of another origin (双随机抽查, 群众举报), its origin and title.

export interface TaskSubjectParts {
  origin: TaskOriginKey;
  title: string;
  licensee?: { name: string; number: string } | null;
  push?: {
    documentNumber: string;
    handlingItemCode?: string;
    handlingItemName: string;
    licensee: { name: string; number: string };
  } | null;
}

export function renderTaskSubject(task: TaskSubjectParts) {
  const push = task.push;
  return (
    <Space orientation="vertical" size={2}>
      {push ? (
        <Typography.Text strong data-testid="document-number">
          {push.documentNumber}
        </Typography.Text>
      ) : (
        <span>
          <Tag color={TASK_ORIGIN_COLORS[task.origin]} data-testid="task-origin">
            {TASK_ORIGIN_LABELS[task.origin]}
          </Tag>
        </span>
      )}
      <Typography.Text type="secondary">
        {push ? `${push.handlingItemCode ?? ""} ${push.handlingItemName}`.trim() : task.title}
      </Typography.Text>
    </Space>
  );
}

export function renderTaskLicensee(task: TaskSubjectParts) {
  const licensee = task.push?.licensee ?? task.licensee;
  if (!licensee) return <Typography.Text type="secondary">未对应到已知相对人</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      <span>{licensee.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {licensee.number}
      </Typography.Text>
    </Space>
  );
}

/** The texts a queue's search box matches. */
export function taskSearchTexts(task: TaskSubjectParts): string[] {
  const licensee = task.push?.licensee ?? task.licensee;
  return [
    task.title,
    task.push?.documentNumber ?? "",
    task.push?.handlingItemName ?? "",
    licensee?.name ?? "",
    licensee?.number ?? "",
  ];
}
