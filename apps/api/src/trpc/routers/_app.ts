import { router } from "../init.ts";
import { auditRouter } from "./audit.ts";
import { commentsRouter } from "./comments.ts";
import { datasetsRouter } from "./datasets.ts";
import { evaluationsRouter } from "./evaluations.ts";
import { evidenceRouter } from "./evidence.ts";
import { examplesRouter } from "./examples.ts";
import { frameworksRouter } from "./frameworks.ts";
import { departmentsRouter, organisationsRouter } from "./organisations.ts";
import { reportsRouter } from "./reports.ts";
import { scoresRouter } from "./scores.ts";
import { surveysRouter } from "./surveys.ts";
import { tokensRouter } from "./tokens.ts";
import { usersRouter } from "./users.ts";

/** The API: one sub-router per domain (STYLE.md, API); procedures are named domain.verb. */
export const appRouter = router({
  audit: auditRouter,
  comments: commentsRouter,
  datasets: datasetsRouter,
  departments: departmentsRouter,
  evaluations: evaluationsRouter,
  evidence: evidenceRouter,
  examples: examplesRouter,
  frameworks: frameworksRouter,
  organisations: organisationsRouter,
  reports: reportsRouter,
  scores: scoresRouter,
  surveys: surveysRouter,
  tokens: tokensRouter,
  users: usersRouter,
});

/** The router's type, for typed clients (@jixiao/client, the web app). */
export type AppRouter = typeof appRouter;
