import { router } from "../init.ts";
import { evaluationsRouter } from "./evaluations.ts";
import { examplesRouter } from "./examples.ts";

/** The API: one sub-router per domain (STYLE.md, API). */
export const appRouter = router({
  evaluations: evaluationsRouter,
  examples: examplesRouter,
});

/** The router's type, for typed clients (@trpc/client, the web app). */
export type AppRouter = typeof appRouter;
