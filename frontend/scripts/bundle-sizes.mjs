// What the browser downloads to open a page of the built admin page (dist/):
// serves dist/ (any path without a file extension gets index.html, as the
// service does), opens each page in Chromium without the service (the page's code
// loads; every GraphQL request is answered {"data": {"me": null}}: nobody is
// signed in, other queries come back empty) and sums the .js and .css files fetched,
// raw and gzip-compressed (level 9).
//   npm run build && node scripts/bundle-sizes.mjs [dist] [/path …]
import { chromium } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const CHROMIUM = process.env.SHENGUAN_E2E_CHROMIUM ?? "/usr/bin/chromium";
const dist = resolve(process.argv[2] ?? "dist");
const paths = process.argv.slice(3);
if (paths.length === 0)
  paths.push("/login", "/public/report", "/public/catalogue", "/public/inspections");
const TYPES = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".html": "text/html",
  ".svg": "image/svg+xml",
};

const server = createServer((request, response) => {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  let file = join(dist, path);
  if (extname(path) === "" || !existsSync(file)) file = join(dist, "index.html");
  if (!file.startsWith(dist)) file = join(dist, "index.html");
  response.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
  if (path === "/graphql") {
    response.setHeader("Content-Type", "application/json");
    response.end(JSON.stringify({ data: { me: null } }));
    return;
  }
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", () => done(undefined)));
const port = server.address().port;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
console.log("page                    files   raw kB  gzip kB");
for (const path of paths) {
  const page = await browser.newPage();
  const files = new Map();
  page.on("response", async (r) => {
    if (/\.(js|css)$/.test(new URL(r.url()).pathname)) files.set(r.url(), r.body());
  });
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
  const bodies = await Promise.all(files.values());
  const raw = bodies.reduce((n, b) => n + b.length, 0);
  const gzip = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  console.log(`${path.padEnd(22)} ${String(files.size).padStart(6)} ${kb(raw)} ${kb(gzip)}`);
  await page.close();
}
await browser.close();
server.close();
