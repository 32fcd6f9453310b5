import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The jixiao web app: a static SPA that runs @jixiao/core in the browser. */
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true },
});
