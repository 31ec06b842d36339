import { Button, Result, Spin } from "antd";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { useClient } from "urql";
import { onUnauthenticated } from "../api/client";
import { combinedErrorMessage } from "../api/errors";
import { resetWsClient } from "../api/ws";
import { graphql } from "../gql";
import type { CurrentUserQuery } from "../gql/graphql";

export const CurrentUserDocument = graphql(`
  query CurrentUser {
    me {
      id
      username
      displayName
      roles
      department {
        id
        name
        kind
      }
    }
  }
`);

export type Viewer = NonNullable<CurrentUserQuery["me"]>;

interface AuthState {
  /** The signed-in user, or null. */
  viewer: Viewer | null;
  /** Load the current user again (after login); resolves when done. */
  refresh: () => Promise<void>;
  /** Forget the user after logout or an expired session. */
  signedOut: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  // undefined: not loaded yet.
  const [viewer, setViewer] = useState<Viewer | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const result = await client
      .query(CurrentUserDocument, {}, { requestPolicy: "network-only" })
      .toPromise();
    if (result.error && result.data === undefined) {
      setLoadError(combinedErrorMessage(result.error));
      return;
    }
    setLoadError(null);
    setViewer(result.data?.me ?? null);
  }, [client]);

  const signedOut = useCallback(() => {
    resetWsClient();
    setViewer(null);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => onUnauthenticated(signedOut), [signedOut]);

  const value = useMemo<AuthState>(
    () => ({ viewer: viewer ?? null, refresh, signedOut }),
    [viewer, refresh, signedOut],
  );

  if (viewer === undefined) {
    if (loadError !== null) {
      return (
        <Result
          status="warning"
          title="暂时无法连接服务器"
          subTitle={loadError}
          extra={
            <Button type="primary" onClick={() => void refresh()}>
              重试
            </Button>
          }
        />
      );
    }
    return (
      <div style={{ display: "grid", placeItems: "center", height: "100vh" }}>
        <Spin size="large" />
      </div>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (state === null) {
    throw new Error("useAuth outside AuthProvider");
  }
  return state;
}

/** The signed-in user; only inside routes that require login. */
export function useViewer(): Viewer {
  const { viewer } = useAuth();
  if (viewer === null) {
    throw new Error("useViewer without a signed-in user");
  }
  return viewer;
}
