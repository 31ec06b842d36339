import { useMutation } from "urql";
import { ReasonModal } from "../../components/ReasonModal";
import type { MaterialFieldsFragment } from "../../gql/graphql";
import { WithdrawMaterialDocument } from "./operations";

/** 撤回证照材料 (L1): the material stays in the store, withdrawn, with the reason. */
export function WithdrawMaterialModal({
  material,
  onClose,
  onWithdrawn,
}: {
  material: MaterialFieldsFragment | null;
  onClose: () => void;
  onWithdrawn: (material: MaterialFieldsFragment) => void;
}) {
  const [{ fetching }, withdraw] = useMutation(WithdrawMaterialDocument);
  return (
    <ReasonModal
      subject={material}
      title="撤回证照材料"
      okText="撤回"
      name="withdrawMaterial"
      intro={(m) => (
        <p>
          撤回 {m.licensee.name} 的“{m.name}”后，该材料保留备查，不再视为有效，
          办理业务时须重新提交。
        </p>
      )}
      label="撤回理由"
      placeholder="如证照已注销、录入错误等"
      maxLength={2000}
      fetching={fetching}
      run={async (m, reason) => {
        const r = await withdraw({ input: { materialId: m.id, reason } });
        return { error: r.error, result: r.data?.withdrawMaterial };
      }}
      success="WithdrawMaterialSuccess"
      onDone={(saved) => onWithdrawn(saved.material)}
      onClose={onClose}
    />
  );
}
