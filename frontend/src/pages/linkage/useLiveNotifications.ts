import { App } from "antd";
import { LINKAGE_EVENT_LABELS, type LinkageEventKindKey } from "./labels";
import { useTaskStream, type TaskStreamEvent } from "./useTaskStream";

function describe(event: TaskStreamEvent): string {
  const push = event.push;
  if (!push) return event.department?.name ?? "";
  return `${push.documentNumber} · ${push.handlingItemName}（${push.licensee.name}）`;
}

/**
 * The live task stream of a queue page: each event refreshes the page's lists
 * (`onEvent`) and, when its kind is in `notify`, shows a notification.
 */
export function useLiveNotifications(
  notify: readonly LinkageEventKindKey[],
  onEvent: (event: TaskStreamEvent) => void,
): void {
  const { notification } = App.useApp();
  useTaskStream((event) => {
    onEvent(event);
    if (notify.includes(event.kind)) {
      notification.info({
        key: `task-stream-${event.cursor}`,
        title: LINKAGE_EVENT_LABELS[event.kind],
        description: describe(event),
        placement: "topRight",
        duration: 8,
      });
    }
  });
}
