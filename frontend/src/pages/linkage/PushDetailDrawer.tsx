import { Alert, Divider, Drawer, Spin } from "antd";
import { useCallback, useEffect, type ReactNode } from "react";
import { useQuery } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import { PushTimeline } from "../../components/Timeline";
import { LinkagePushDetailDocument } from "./operations";
import { PushDescriptions, type PushDetail } from "./PushDescriptions";

interface Props {
  /** The push's global id; null: closed. */
  pushId: string | null;
  title?: string;
  onClose: () => void;
  /** Below the push's information (e.g. a task's forms), given the loaded push. */
  children?: (push: PushDetail, reload: () => void) => ReactNode;
  /** Changes when the record should be read again (e.g. after a live event). */
  refreshKey?: number;
}

export function PushDetailDrawer({
  pushId,
  title = "推送详情",
  onClose,
  children,
  refreshKey,
}: Props) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LinkagePushDetailDocument,
    variables: { id: pushId ?? "" },
    pause: pushId === null,
    requestPolicy: "network-only",
  });
  const push = data?.node?.__typename === "Push" ? data.node : null;
  const reload = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  useEffect(() => {
    if (refreshKey) reload();
  }, [refreshKey, reload]);
  return (
    <Drawer title={title} open={pushId !== null} size={760} onClose={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={combinedErrorMessage(error)} />}
      {fetching && !push && <Spin />}
      {push && (
        <div data-testid="push-detail">
          <PushDescriptions push={push} />
          {children?.(push, reload)}
          <Divider titlePlacement="start">处理经过</Divider>
          <PushTimeline key={refreshKey} pushId={push.id} />
        </div>
      )}
    </Drawer>
  );
}
