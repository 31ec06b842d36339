import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Starts the real service for the browser tests:
//   SHENGUAN_DATA_DIR=<fresh tmp> uv run shenguan migrate
//   uv run shenguan load-demo
//   uv run shenguan serve --port <free port>
// and stops it afterwards. With SHENGUAN_E2E_BASE_URL set, an already running
// service is used instead.

const FRONTEND = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const REPOSITORY = resolve(FRONTEND, "..");
const START_TIMEOUT_MS = 90_000;
// scripts/bootstrap.sh exports UV (uv may live in .venv-tools/ rather than on PATH).
const UV = process.env.UV ?? "uv";

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function serviceEnv(dataDir: string, databaseUrl: string | null): NodeJS.ProcessEnv {
  // SHENGUAN_TEST_CLOCK: POST /test/clock moves the service's clock (helpers.ts
  // moveServerClock), e.g. to make a reminder fall due (e2e/reminders.spec.ts).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SHENGUAN_DATA_DIR: dataDir,
    SHENGUAN_TEST_CLOCK: "1",
  };
  // The embedded default: SQLite in the data dir, in-process pub/sub and jobs.
  for (const name of ["SHENGUAN_DATABASE_URL", "SHENGUAN_REDIS_URL", "SHENGUAN_BROKER_URL"]) {
    delete env[name];
  }
  if (databaseUrl !== null) env.SHENGUAN_DATABASE_URL = databaseUrl;
  return env;
}

// With SHENGUAN_E2E_DATABASE_URL (a PostgreSQL server, e.g.
// postgres://postgres@127.0.0.1:5432/postgres) the service runs on a new
// database created there for the run and dropped afterwards.
const POSTGRES_SCRIPT = `
import asyncio, sys, asyncpg
action, server, name = sys.argv[1:4]
async def main():
    base, _, admin = server.rpartition("/")
    conn = await asyncpg.connect(base.replace("postgres://", "postgresql://", 1) + "/" + admin)
    try:
        if action == "create":
            await conn.execute(f'CREATE DATABASE "{name}"')
        else:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
asyncio.run(main())
`;

function postgres(action: "create" | "drop", server: string, name: string): void {
  execFileSync(UV, ["run", "python", "-c", POSTGRES_SCRIPT, action, server, name], {
    cwd: REPOSITORY,
    stdio: "pipe",
  });
}

async function waitUntilHealthy(url: string, server: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(
        `shenguan serve exited with ${server.exitCode}:\n${readFileSync(log, "utf8")}`,
      );
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `shenguan serve did not answer within ${START_TIMEOUT_MS} ms:\n${readFileSync(log, "utf8")}`,
  );
}

export default async function globalSetup(): Promise<(() => Promise<void>) | void> {
  if (process.env.SHENGUAN_E2E_BASE_URL) {
    return;
  }
  if (!existsSync(join(FRONTEND, "dist", "index.html"))) {
    throw new Error("frontend/dist is missing: run `npm run build` before `npm run test:e2e`.");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "shenguan-e2e-"));
  const pgServer = process.env.SHENGUAN_E2E_DATABASE_URL || null;
  const pgName = `shenguan_e2e_${basename(dataDir)
    .replace(/[^a-zA-Z0-9]/g, "")
    .toLowerCase()}`;
  let databaseUrl: string | null = null;
  if (pgServer !== null) {
    postgres("create", pgServer, pgName);
    databaseUrl = `${pgServer.slice(0, pgServer.lastIndexOf("/"))}/${pgName}`;
  }
  const dropDatabase = () => {
    if (pgServer !== null) postgres("drop", pgServer, pgName);
  };
  const env = serviceEnv(dataDir, databaseUrl);
  const run = (args: string[]) =>
    execFileSync(UV, ["run", "shenguan", ...args], { cwd: REPOSITORY, env, stdio: "pipe" });
  const log = join(dataDir, "serve.log");
  let server: ChildProcess | null = null;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    run(["migrate"]);
    run(["load-demo"]);
    server = spawn(UV, ["run", "shenguan", "serve", "--port", String(port)], {
      cwd: REPOSITORY,
      env,
      stdio: ["ignore", openSync(log, "a"), openSync(log, "a")],
      detached: true, // its own process group: stopped as a whole below
    });
    await waitUntilHealthy(baseUrl, server, log);
  } catch (error) {
    if (server !== null) await stop(server);
    dropDatabase();
    throw error;
  }
  const started = server;
  process.env.SHENGUAN_E2E_BASE_URL = baseUrl;

  return async () => {
    await stop(started);
    dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (server.pid === undefined || server.exitCode !== null) {
      done();
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-server.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 10_000);
    server.once("exit", () => {
      clearTimeout(timer);
      done();
    });
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      clearTimeout(timer);
      done();
    }
  });
}
