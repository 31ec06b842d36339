import { copyFileSync } from "node:fs";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// The service serves frontend/dist at "/" with Starlette's StaticFiles(html=True),
// which answers unknown paths with 404.html: a copy of index.html lets the
// client-side router handle deep links such as /calendar on reload.
function spaFallback(): Plugin {
  return {
    name: "shenguan-spa-fallback",
    apply: "build",
    closeBundle() {
      const dist = resolve(import.meta.dirname, "dist");
      copyFileSync(resolve(dist, "index.html"), resolve(dist, "404.html"));
    },
  };
}

const backend = process.env.SHENGUAN_BACKEND ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react(), spaFallback()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      "/graphql": { target: backend, ws: true, changeOrigin: false },
    },
  },
});
