import { type RenderOutcome, type RenderTask, renderDataset } from "./render-dataset.ts";

/**
 * Render one dataset (see render-dataset.ts); piscina calls the default export per task. This is
 * the entry of the batch's prebuilt worker bundle (worker-bundle.ts).
 */
export default function renderTask(task: RenderTask): Promise<RenderOutcome> {
  return renderDataset(task);
}
