import { Divider } from "antd";
import type { PushDetail } from "./PushDescriptions";

interface Props {
  push: PushDetail;
  onChanged: () => void;
}

/** What a supervisor does on a task: feed back, follow up, ask about the license, reverse push. */
export function TaskActions({ push }: Props) {
  if (!push.task) return null;
  return <Divider titlePlacement="start">监管任务办理</Divider>;
}
