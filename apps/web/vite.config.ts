import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Where `pnpm --filter @jixiao/web dev` sends API calls: `pnpm jixiao serve --port 4310`. */
const api = `http://127.0.0.1:${process.env.JIXIAO_API_PORT ?? "4310"}`;

/**
 * The jixiao web app: a SPA that runs @jixiao/core in the browser. In development the Vite
 * server proxies /trpc, /files and /api (better-auth) to the API; in production the API serves
 * the built app (apps/web/dist) at /.
 */
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/trpc": api,
      "/files": api,
      "/api": api,
    },
  },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
