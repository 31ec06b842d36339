import { print } from "graphql";
import { useEffect, useRef } from "react";
import { getWsClient } from "../../api/ws";
import { useViewer } from "../../auth/AuthContext";
import type { TaskStreamSubscription } from "../../gql/graphql";
import { TaskStreamDocument } from "./operations";

export type TaskStreamEvent = TaskStreamSubscription["taskStream"];

const RESUBSCRIBE_MS = 3000;

/** Where the last event's cursor is kept for this browser tab and user. */
export function cursorKey(userId: string): string {
  return `shenguan.taskStream.after.${userId}`;
}

function isAfter(cursor: string, last: string | null): boolean {
  if (last === null) return true;
  if (/^\d+$/.test(cursor) && /^\d+$/.test(last)) return BigInt(cursor) > BigInt(last);
  return cursor !== last;
}

/**
 * Subscribe to taskStream while mounted. The last cursor is kept in
 * sessionStorage and passed as `after` whenever the subscription starts again
 * (page opened again, or the socket was lost and the retries gave up), so
 * missed events are replayed; an event already seen (a replay after
 * graphql-ws re-sent the first request) is dropped.
 */
export function useTaskStream(onEvent: (event: TaskStreamEvent) => void): void {
  const viewer = useViewer();
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;

  useEffect(() => {
    const key = cursorKey(viewer.id);
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: () => void = () => undefined;

    const again = () => {
      if (!stopped) retry = setTimeout(start, RESUBSCRIBE_MS);
    };
    function start() {
      const after = sessionStorage.getItem(key);
      unsubscribe = getWsClient().subscribe<TaskStreamSubscription>(
        { query: print(TaskStreamDocument), variables: { after } },
        {
          next: (result) => {
            const event = result.data?.taskStream;
            if (!event || stopped) return;
            if (!isAfter(event.cursor, sessionStorage.getItem(key))) return;
            sessionStorage.setItem(key, event.cursor);
            onEventRef.current(event);
          },
          error: again,
          complete: again,
        },
      );
    }
    start();
    return () => {
      stopped = true;
      clearTimeout(retry);
      unsubscribe();
    };
  }, [viewer.id]);
}
