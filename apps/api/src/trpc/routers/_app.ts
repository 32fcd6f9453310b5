import { router } from "../init.ts";
import { evaluationsRouter } from "./evaluations.ts";
import { examplesRouter } from "./examples.ts";
import { frameworksRouter } from "./frameworks.ts";
import { reportsRouter } from "./reports.ts";

/** The API: one sub-router per domain (STYLE.md, API). */
export const appRouter = router({
  evaluations: evaluationsRouter,
  examples: examplesRouter,
  frameworks: frameworksRouter,
  reports: reportsRouter,
});

/** The router's type, for typed clients (@trpc/client, the web app). */
export type AppRouter = typeof appRouter;
