import { expect, request, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

// Records for the coordination and statistics browser tests, made through the
// real GraphQL API as a demo user: each session is its own request context
// (its own cookies), the mutations carry the CSRF header (api/auth.py).

export interface ApiSession {
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  dispose(): Promise<void>;
}

export async function apiSession(username: string): Promise<ApiSession> {
  const baseURL = process.env.SHENGUAN_E2E_BASE_URL;
  const context: APIRequestContext = await request.newContext({ baseURL });
  let csrf = "";
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await context.post("/graphql", {
      data: { query, variables },
      headers: csrf ? { "X-CSRF-Token": csrf } : {},
    });
    expect(response.ok(), await response.text()).toBeTruthy();
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data as T;
  };
  const login = await gql<{ login: { __typename: string; csrfToken?: string } }>(
    `mutation ($input: LoginInput!) {
      login(input: $input) { __typename ... on LoginSuccess { csrfToken } }
    }`,
    { input: { username, password: DEMO_PASSWORD } },
  );
  expect(login.login.__typename).toBe("LoginSuccess");
  csrf = login.login.csrfToken!;
  return { gql, dispose: () => context.dispose() };
}

/** A generated ID number (GB 11643, born 1990-01-01 in 保康 420626) with a valid check character. */
export function personNumber(serial: number): string {
  const body = `42062619900101${String(serial % 1000).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body + "10X98765432"[sum % 11];
}

/** Today's date in Asia/Shanghai, YYYY-MM-DD. */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
}

/** A document number no other run uses: 保审批〔2026〕e2e-<tag>-<time>. */
export function uniqueDocumentNumber(tag: string): string {
  return `保审批〔2026〕e2e-${tag}-${Date.now()}${Math.floor(Math.random() * 1000)}`;
}

export async function handlingItemId(session: ApiSession, code: string): Promise<string> {
  const data = await session.gql<{
    approvalItems: { nodes: { handlingItems: { id: string; code: string }[] }[] };
  }>(
    `query ($search: String) {
      approvalItems(search: $search, first: 5) { nodes { handlingItems { id code } } }
    }`,
    { search: code },
  );
  const item = data.approvalItems.nodes
    .flatMap((node) => node.handlingItems)
    .find((h) => h.code === code);
  expect(item, `handling item ${code}`).toBeTruthy();
  return item!.id;
}

export interface RecordedPush {
  id: string;
  documentNumber: string;
  status: string;
  department: { name: string } | null;
}

/** spj.officer (or another approval officer) records a decision: P1. */
export async function recordDecision(
  officer: ApiSession,
  handlingItemCode: string,
  documentNumber: string,
  licenseeName: string,
): Promise<RecordedPush> {
  const data = await officer.gql<{
    recordApprovalDecision: { __typename: string; message?: string; push?: RecordedPush };
  }>(
    `mutation ($input: RecordApprovalDecisionInput!) {
      recordApprovalDecision(input: $input) {
        __typename
        ... on RecordApprovalDecisionSuccess { push { id documentNumber status department { name } } }
        ... on Error { message code field }
      }
    }`,
    {
      input: {
        handlingItemId: await handlingItemId(officer, handlingItemCode),
        documentNumber,
        licensee: {
          number: personNumber(Math.floor(Math.random() * 1000)),
          name: licenseeName,
          contactPhone: "13800001111",
          address: "湖北省襄阳市保康县城关镇 e2e 路 1 号",
        },
        licenseDate: todayInShanghai(),
        licenseContent: "e2e 许可内容",
        materials: ["申请书"],
        handlingOpinion: "材料齐全，准予许可。",
      },
    },
  );
  const result = data.recordApprovalDecision;
  expect(result.__typename, result.message).toBe("RecordApprovalDecisionSuccess");
  return result.push!;
}

/** The push with this document number as `session` sees it, or null. */
export async function findPush(
  session: ApiSession,
  documentNumber: string,
): Promise<RecordedPush | null> {
  const data = await session.gql<{ pushes: { nodes: RecordedPush[] } }>(
    `query ($text: String) {
      pushes(filter: { text: $text }, first: 5) { nodes { id documentNumber status department { name } } }
    }`,
    { text: documentNumber },
  );
  return data.pushes.nodes.find((p) => p.documentNumber === documentNumber) ?? null;
}

async function mutate(session: ApiSession, name: string, inputType: string, input: object) {
  const data = await session.gql<Record<string, { __typename: string; message?: string }>>(
    `mutation ($input: ${inputType}!) {
      ${name}(input: $input) { __typename ... on Error { message code field } }
    }`,
    { input },
  );
  const result = data[name]!;
  expect(result.message ?? null, `${name}: ${result.__typename}`).toBeNull();
  return result;
}

export const claimPush = (supervisor: ApiSession, pushId: string) =>
  mutate(supervisor, "claimPush", "ClaimPushInput", { pushId });

export const returnPush = (supervisor: ApiSession, pushId: string, reason: string) =>
  mutate(supervisor, "returnPush", "ReturnPushInput", { pushId, reason });
