import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const backend = process.env.SHENGUAN_BACKEND ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react()],
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
