import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { useClient, type AnyVariables } from "urql";
import { combinedErrorMessage } from "./errors";

// A list field is a connection (api/relay.py): forward keyset pagination with
// `first` and `after`. This hook reads the first page and appends the next
// pages on demand ("加载更多").

export interface ConnectionPage<TNode> {
  edges: readonly { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ConnectionState<TNode> {
  nodes: TNode[];
  hasNextPage: boolean;
  loading: boolean;
  error: string | null;
  loadMore: () => void;
  reload: () => void;
}

export function useConnection<TData, TVariables extends AnyVariables, TNode>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, "after"> | null,
  select: (data: TData) => ConnectionPage<TNode> | null | undefined,
): ConnectionState<TNode> {
  const client = useClient();
  const [nodes, setNodes] = useState<TNode[]>([]);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasNextPage, setHasNextPage] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  const selectRef = useRef(select);
  selectRef.current = select;
  const requestRef = useRef(0);

  const fetchPage = useCallback(
    async (after: string | null, append: boolean) => {
      if (variables === null) return;
      const request = ++requestRef.current;
      setLoading(true);
      const result = await client
        .query(document, { ...variables, after } as unknown as TVariables, {
          requestPolicy: "network-only",
        })
        .toPromise();
      if (request !== requestRef.current) return; // a newer request superseded this one
      setLoading(false);
      if (result.error) {
        setError(combinedErrorMessage(result.error));
        return;
      }
      const page = result.data ? selectRef.current(result.data) : null;
      if (!page) {
        setError(null);
        setNodes([]);
        setHasNextPage(false);
        return;
      }
      setError(null);
      const pageNodes = page.edges.map((edge) => edge.node);
      setNodes((previous) => (append ? [...previous, ...pageNodes] : pageNodes));
      setHasNextPage(page.pageInfo.hasNextPage);
      setEndCursor(page.pageInfo.endCursor ?? null);
    },
    [client, document, key],
  );

  useEffect(() => {
    setNodes([]);
    void fetchPage(null, false);
  }, [fetchPage, generation]);

  return {
    nodes,
    hasNextPage,
    loading,
    error,
    loadMore: () => void fetchPage(endCursor, true),
    reload: () => setGeneration((g) => g + 1),
  };
}
