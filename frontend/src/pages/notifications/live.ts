import { print } from "graphql";
import { createClient, type Client as WsClient } from "graphql-ws";
import { useEffect, useRef } from "react";
import { connectionInitPayload, graphqlWsUrl } from "../../api/ws";
import { useViewer } from "../../auth/AuthContext";
import type { NotificationStreamSubscription, Role } from "../../gql/graphql";
import { NotificationStreamDocument } from "./operations";

// The notifications' live side (M1): the header's bell subscribes to taskStream
// and announces each NOTIFICATION event (sent to this user only) here; the
// notification page listens and reads its list again. Marking read on the page
// is announced too, so that the bell's count follows.

type Change = "received" | "read";
const bus = new EventTarget();

export function announce(change: Change): void {
  bus.dispatchEvent(new Event(change));
}

/** Call `listener` on every `change` while mounted. */
export function useNotificationChanges(change: Change, listener: () => void): void {
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => {
    const handler = () => ref.current();
    bus.addEventListener(change, handler);
    return () => bus.removeEventListener(change, handler);
  }, [change]);
}

// Who may subscribe to taskStream: everyone who reads business records (the
// system administrator reads none: api/linkage/subscriptions.py).
const STREAM_ROLES: readonly Role[] = [
  "APPROVAL_OFFICER",
  "SUPERVISOR",
  "DEPARTMENT_ADMIN",
  "COORDINATOR",
  "AUDITOR",
];
const RESUBSCRIBE_MS = 3000;

// The bell's own socket: it lives as long as the signed-in layout, while the
// pages' subscriptions (api/ws.ts) come and go with the pages; one socket for
// both would tie the pages' connection to the bell's (the browser tests watch a
// page's subscription open its socket). Closed with the page (logout reloads).
let bellClient: WsClient | null = null;

function getBellClient(): WsClient {
  if (bellClient === null) {
    bellClient = createClient({
      url: graphqlWsUrl(),
      lazy: true,
      retryAttempts: 5,
      connectionParams: connectionInitPayload,
    });
  }
  return bellClient;
}

/**
 * While mounted, subscribe to taskStream and announce the viewer's new
 * notifications. Its own subscription, with its last cursor in memory (not the
 * queue pages' sessionStorage cursor): after a lost connection it resumes there.
 */
export function useNotificationStream(onNotification: (title: string) => void): void {
  const viewer = useViewer();
  const ref = useRef(onNotification);
  ref.current = onNotification;
  const canStream = viewer.roles.some((role) => STREAM_ROLES.includes(role));

  useEffect(() => {
    if (!canStream) return;
    let stopped = false;
    let last: string | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: () => void = () => undefined;
    const again = () => {
      if (!stopped) retry = setTimeout(start, RESUBSCRIBE_MS);
    };
    function start() {
      unsubscribe = getBellClient().subscribe<NotificationStreamSubscription>(
        { query: print(NotificationStreamDocument), variables: { after: last } },
        {
          next: (result) => {
            const event = result.data?.taskStream;
            if (!event || stopped) return;
            last = event.cursor;
            if (event.kind === "NOTIFICATION" && event.notification) {
              announce("received");
              ref.current(event.notification.title);
            }
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
  }, [viewer.id, canStream]);
}
