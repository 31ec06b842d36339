import { App } from "antd";
import { useEffect, useRef } from "react";
import { useSubscription } from "urql";
import { graphql } from "../../gql";
import type { CoordinationTaskStreamSubscription } from "../../gql/graphql";
import { LINKAGE_EVENT_LABELS, type LinkageEventKindKey } from "../linkage/labels";

// Live refresh: the coordination group receives every event of the task
// stream (api/linkage/subscriptions.py); each one reloads the page's lists
// (coalesced), and a new routing gap or returned push is announced.

export const CoordinationTaskStreamDocument = graphql(`
  subscription CoordinationTaskStream($after: String) {
    taskStream(after: $after) {
      cursor
      kind
      occurredAt
      department {
        id
        name
      }
      push {
        id
        documentNumber
      }
    }
  }
`);

type StreamEvent = CoordinationTaskStreamSubscription["taskStream"];

const ANNOUNCED = new Set<string>(["ROUTING_GAP", "PUSH_RETURNED"]);
const COALESCE_MS = 400;

export function useCoordinationStream(onChange: () => void): void {
  const { notification } = App.useApp();
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useSubscription(
    { query: CoordinationTaskStreamDocument, variables: { after: null } },
    (_previous: StreamEvent | undefined, data) => {
      const event = data.taskStream;
      if (ANNOUNCED.has(event.kind)) {
        notification.info({
          title: LINKAGE_EVENT_LABELS[event.kind as LinkageEventKindKey] ?? event.kind,
          description: [event.push?.documentNumber, event.department?.name]
            .filter(Boolean)
            .join(" · "),
          placement: "bottomRight",
        });
      }
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => onChangeRef.current(), COALESCE_MS);
      return event;
    },
  );
}
