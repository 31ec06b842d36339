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

export default defineConfig({
  plugins: [react(), catalogueTemplate()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      "/graphql": { target: backend, ws: true, changeOrigin: false },
      "/files": { target: backend, changeOrigin: false },
    },
  },
});
