import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const backend = process.env.SHENGUAN_BACKEND ?? "http://127.0.0.1:8000";

// The catalogue's import template lives in docs/ (written by
// `shenguan catalogue template`); the build copies it to
// dist/catalogue-template.xlsx, which the import page links to.
const TEMPLATE = fileURLToPath(new URL("../docs/catalogue-template.xlsx", import.meta.url));
const TEMPLATE_NAME = "catalogue-template.xlsx";

function catalogueTemplate(): Plugin {
  return {
    name: "shenguan-catalogue-template",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: TEMPLATE_NAME, source: readFileSync(TEMPLATE) });
    },
    configureServer(server) {
      server.middlewares.use(`/${TEMPLATE_NAME}`, (_request, response) => {
        response.setHeader(
          "Content-Type",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        );
        response.end(readFileSync(TEMPLATE));
      });
    },
  };
}

// The client preset's graphql() looks a document up in a map of every operation
// (src/gql/gql.ts), so whichever chunk imports it carries all of them, and the
// documents of src/gql/graphql.ts form one module, hence one chunk. At build
// time each graphql(`…`) call is replaced by its own document (the object
// codegen wrote for that operation or fragment), so every page's chunk carries
// only the documents it uses. A document codegen did not write fails the build.
const GENERATED = fileURLToPath(new URL("./src/gql/", import.meta.url));
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const GRAPHQL_IMPORT = /^import \{ graphql \} from "(?:\.\.?\/)+gql";\n/m;
const DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+(\w+)/;
const EXPORTED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm;

function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: "shenguan-graphql-documents",
    apply: "build",
    enforce: "pre",
    buildStart() {
      const generated = readFileSync(`${GENERATED}graphql.ts`, "utf8");
      documents = new Map([...generated.matchAll(EXPORTED_DOCUMENT)].map((m) => [m[1], m[2]]));
    },
    transform(code, id) {
      if (id.startsWith(GENERATED) || !/\.tsx?$/.test(id) || !GRAPHQL_IMPORT.test(code)) return;
      const replaced = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) this.error(`graphql(): no named operation or fragment in ${id}`);
        const [, kind, name] = definition;
        const exported = kind === "fragment" ? `${name}FragmentDoc` : `${name}Document`;
        const document = documents.get(exported);
        if (document === undefined)
          this.error(`graphql(): ${exported} is not in src/gql/graphql.ts`);
        return `(${document})`;
      });
      return { code: replaced.replace(GRAPHQL_IMPORT, ""), map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), catalogueTemplate(), graphqlDocuments()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Pages load on demand (App.tsx); the largest chunks are ~540 kB (docs/performance.md).
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      "/graphql": { target: backend, ws: true, changeOrigin: false },
      "/files": { target: backend, changeOrigin: false },
    },
  },
});
