import { useMutation } from "urql";
import { ReasonModal } from "../../components/ReasonModal";
import { ReturnPushDocument } from "./operations";
import type { PushRow } from "./pushColumns";

/** 退回 (P3): not this department's responsibility; the coordinator reassigns it. */
export function ReturnModal({
  push,
  onClose,
  onReturned,
}: {
  push: PushRow | null;
  onClose: () => void;
  onReturned: (documentNumber: string) => void;
}) {
  const [{ fetching }, returnPush] = useMutation(ReturnPushDocument);
  return (
    <ReasonModal
      subject={push}
      title="退回推送"
      okText="退回"
      danger
      name="returnPush"
      intro={(p) => (
        <p>
          {p.documentNumber}（{p.handlingItemName}，{p.licensee.name}
          ）将退回协调小组重新分派。
        </p>
      )}
      label="退回理由"
      placeholder="说明不属于本部门职责的依据"
      fetching={fetching}
      run={async (p, reason) => {
        const r = await returnPush({ input: { pushId: p.id, reason } });
        return { error: r.error, result: r.data?.returnPush };
      }}
      success="ReturnPushSuccess"
      onDone={(_saved, p) => onReturned(p.documentNumber)}
      onClose={onClose}
    />
  );
}
