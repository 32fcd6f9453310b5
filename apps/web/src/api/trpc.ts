import type { AppRouter } from "@jixiao/api/router";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** Typed tRPC hooks over the server's AppRouter (never a hand-written copy of its types). */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/**
 * The tRPC client of the web app: same origin, `/trpc` (the Vite dev server proxies it to the
 * API; in production the API serves this app). The session cookie goes with every call.
 */
export function createClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: "/trpc",
        fetch: (input, init) =>
          fetch(input as RequestInfo, { ...(init as RequestInit), credentials: "include" }),
      }),
    ],
  });
}

/** One query cache for the app; a failed query is retried once, never while unauthorised. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 1 && !isAuthError(error),
      },
    },
  });
}

/** True for a tRPC error the server answered with UNAUTHORIZED or FORBIDDEN. */
export function isAuthError(error: unknown): boolean {
  const code = errorCode(error);
  return code === "UNAUTHORIZED" || code === "FORBIDDEN";
}

/** The tRPC error code ("CONFLICT", "FORBIDDEN" …) of an error, if it is a tRPC error. */
export function errorCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "data" in error) {
    const data = (error as { data?: { code?: unknown } }).data;
    return typeof data?.code === "string" ? data.code : undefined;
  }
  return undefined;
}
