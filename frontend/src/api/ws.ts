import { createClient, type Client as WsClient } from "graphql-ws";
import { csrfToken } from "./csrf";

// Subscriptions: graphql-transport-ws on the same /graphql path. The browser
// sends the HttpOnly session cookie with the WebSocket handshake; the
// connection-init payload carries the CSRF token, so that the server
// (api/auth.py authenticate_ws) can tie the socket to the session and refuse a
// cross-site page that merely rides on the cookie.

export function graphqlWsUrl(location: Location = window.location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/graphql`;
}

export function connectionInitPayload(): Record<string, unknown> {
  const token = csrfToken();
  return token ? { csrfToken: token } : {};
}

let wsClient: WsClient | null = null;

export function getWsClient(): WsClient {
  if (wsClient === null) {
    wsClient = createClient({
      url: graphqlWsUrl(),
      lazy: true,
      retryAttempts: 5,
      // Read at every (re)connect, so a new login's token is used.
      connectionParams: connectionInitPayload,
    });
  }
  return wsClient;
}

/** Close the socket (on logout): the next subscription reconnects with the new session. */
export function resetWsClient(): void {
  if (wsClient !== null) {
    void wsClient.dispose();
    wsClient = null;
  }
}
