import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from "urql";
import { csrfHeaders } from "./csrf";
import { getWsClient } from "./ws";

export const GRAPHQL_PATH = "/graphql";

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when the API answers NOT_AUTHENTICATED (e.g. the session expired). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function createGraphqlClient(): Client {
  return new Client({
    url: GRAPHQL_PATH,
    // The server accepts POST only (allow_queries_via_get=False).
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    // Evaluated for every request: the CSRF token changes at login.
    fetchOptions: () => ({
      credentials: "same-origin",
      headers: { ...csrfHeaders() },
    }),
    exchanges: [
      mapExchange({
        onError(error) {
          const codes = error.graphQLErrors.map((e) => e.extensions?.code);
          if (codes.includes("NOT_AUTHENTICATED")) {
            unauthenticatedListeners.forEach((listener) => listener());
          }
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || "" };
          return {
            subscribe(sink) {
              const unsubscribe = getWsClient().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
