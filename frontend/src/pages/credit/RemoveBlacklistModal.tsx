import { useMutation } from "urql";
import { formatDate } from "../../components/format";
import { ReasonModal } from "../../components/ReasonModal";
import type { BlacklistEntryFieldsFragment } from "../../gql/graphql";
import { RemoveFromBlacklistDocument } from "./operations";

/** 移出黑名单 (R2): ends an entry in force, with a reason. */
export function RemoveBlacklistModal({
  entry,
  onClose,
  onRemoved,
}: {
  entry: BlacklistEntryFieldsFragment | null;
  onClose: () => void;
  onRemoved: (entry: BlacklistEntryFieldsFragment) => void;
}) {
  const [{ fetching }, remove] = useMutation(RemoveFromBlacklistDocument);
  return (
    <ReasonModal
      subject={entry}
      title="移出黑名单"
      okText="移出"
      name="removeFromBlacklist"
      intro={(e) => (
        <p>
          {e.licensee.name}（{e.licensee.number}）自 {formatDate(e.startsOn)}{" "}
          起列入黑名单。移出后联合惩戒即时结束，信用等级随之重新评定。
        </p>
      )}
      label="移出理由"
      placeholder="如信用修复完成、决定被撤销等"
      maxLength={2000}
      fetching={fetching}
      run={async (e, reason) => {
        const r = await remove({ input: { entryId: e.id, reason } });
        return { error: r.error, result: r.data?.removeFromBlacklist };
      }}
      success="RemoveFromBlacklistSuccess"
      onDone={(saved) => onRemoved(saved.blacklistEntry)}
      onClose={onClose}
    />
  );
}
