import type { AppRouter } from "@jixiao/api/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

export type { AppRouter };
/** The input of every procedure: `RouterInputs["datasets"]["update"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** The output of every procedure: `RouterOutputs["datasets"]["get"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
