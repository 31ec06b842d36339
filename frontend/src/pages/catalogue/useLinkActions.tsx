import { App } from "antd";
import { useState, type ReactNode } from "react";
import { ConfirmLinkModal, LinkReasonModal, type LinkRef } from "./LinkModals";
import type { LinkActions } from "./LinkTable";

/** The confirm/reject/unlink dialogs of a list of links, reloading it after each. */
export function useLinkActions(reload: () => void): { actions: LinkActions; modals: ReactNode } {
  const { message } = App.useApp();
  const [confirming, setConfirming] = useState<LinkRef | null>(null);
  const [rejecting, setRejecting] = useState<LinkRef | null>(null);
  const [unlinking, setUnlinking] = useState<LinkRef | null>(null);
  const done = (text: string) => {
    message.success(text);
    reload();
  };
  return {
    actions: { onConfirm: setConfirming, onReject: setRejecting, onUnlink: setUnlinking },
    modals: (
      <>
        <ConfirmLinkModal
          link={confirming}
          onClose={() => setConfirming(null)}
          onDone={() => {
            setConfirming(null);
            done("已确认审管关联");
          }}
        />
        <LinkReasonModal
          action="reject"
          link={rejecting}
          onClose={() => setRejecting(null)}
          onDone={() => {
            setRejecting(null);
            done("已拒绝审管关联");
          }}
        />
        <LinkReasonModal
          action="unlink"
          link={unlinking}
          onClose={() => setUnlinking(null)}
          onDone={() => {
            setUnlinking(null);
            done("已解除审管关联");
          }}
        />
      </>
    ),
  };
}
