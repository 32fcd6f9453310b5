// Entry of the batch's worker threads (piscina). Workspace packages are TypeScript, so the
// thread registers tsx's ESM loader first — whether or not the main thread runs under tsx
// (pnpm jixiao) or under vitest — and then loads the task module.
import { register } from "tsx/esm/api";

register();
const { renderDataset } = await import("./render-dataset.ts");

/** Render one dataset (see render-dataset.ts); piscina calls the default export per task. */
export default function renderTask(task) {
  return renderDataset(task);
}
