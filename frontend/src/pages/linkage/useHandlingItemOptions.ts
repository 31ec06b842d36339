import { useEffect, useState } from "react";
import { useClient, type OperationResult } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import type { LinkagePublishedHandlingItemsQuery } from "../../gql/graphql";
import {
  LinkageOwnHandlingItemsDocument,
  LinkagePublishedHandlingItemsDocument,
} from "./operations";

export interface HandlingItemOption {
  /** The handling item's global id (the decision's handlingItemId). */
  id: string;
  code: string;
  name: string;
  approvalItemName: string;
  /** The supervision department of its confirmed link in the published catalogue. */
  departmentName: string | null;
  supervision: string | null;
}

/**
 * The handling items of the department's approval items in the catalogue
 * published today, with their ids from the department's catalogue records
 * (the published catalogue names items by code).
 */
export function useHandlingItemOptions(departmentId: string | null | undefined): {
  options: HandlingItemOption[];
  loading: boolean;
  error: string | null;
} {
  const client = useClient();
  const [options, setOptions] = useState<HandlingItemOption[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!departmentId) return;
    let cancelled = false;
    (async () => {
      const ids = new Map<string, string>();
      let after: string | null = null;
      for (;;) {
        const own = await client
          .query(LinkageOwnHandlingItemsDocument, { departmentId, after })
          .toPromise();
        if (own.error || !own.data) {
          if (!cancelled) setError(own.error ? combinedErrorMessage(own.error) : null);
          break;
        }
        for (const item of own.data.approvalItems.nodes) {
          for (const handling of item.handlingItems) ids.set(handling.code, handling.id);
        }
        if (!own.data.approvalItems.pageInfo.hasNextPage) break;
        after = own.data.approvalItems.pageInfo.endCursor ?? null;
      }
      const found: HandlingItemOption[] = [];
      after = null;
      for (;;) {
        const published: OperationResult<LinkagePublishedHandlingItemsQuery> = await client
          .query(LinkagePublishedHandlingItemsDocument, { after })
          .toPromise();
        if (cancelled) return;
        if (published.error) setError(combinedErrorMessage(published.error));
        const page = published.data?.publishedCatalogue?.approvalItems;
        for (const item of page?.nodes ?? []) {
          for (const handling of item.handlingItems) {
            const id = ids.get(handling.code);
            if (!id) continue;
            found.push({
              id,
              code: handling.code,
              name: handling.name,
              approvalItemName: item.name,
              departmentName: handling.departmentName ?? null,
              supervision: handling.supervisionSubItemName ?? handling.supervisionItemName ?? null,
            });
          }
        }
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor ?? null;
      }
      setOptions(found);
      setLoading(false);
    })();
    return () => {
      cancelled = true;
    };
  }, [client, departmentId]);

  return { options, loading, error };
}
