import { useEffect, useState } from "react";
import { useClient } from "urql";
import type { DepartmentsQuery } from "../../gql/graphql";
import { DepartmentsDocument } from "./operations";

export type DepartmentOption = DepartmentsQuery["departments"]["nodes"][number];

/** Every department (a county has a few dozen: all pages are read). */
export function useDepartments(): { departments: DepartmentOption[]; loading: boolean } {
  const client = useClient();
  const [departments, setDepartments] = useState<DepartmentOption[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: DepartmentOption[] = [];
      let after: string | null = null;
      for (;;) {
        const result = await client.query(DepartmentsDocument, { after }).toPromise();
        const page: DepartmentsQuery["departments"] | undefined = result.data?.departments;
        if (!page) break;
        all.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor ?? null;
      }
      if (!cancelled) {
        setDepartments(all);
        setLoading(false);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client]);
  return { departments, loading };
}
