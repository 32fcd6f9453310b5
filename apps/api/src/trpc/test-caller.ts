import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { createCallerFactory, createContext } from "./init.ts";
import { appRouter } from "./routers/_app.ts";

/** An in-process caller of the whole API, for tests. */
export const caller = createCallerFactory(appRouter)(createContext());

/** The TRPCError a call rejects with (the test fails when it resolves or throws anything else). */
export async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** The embedded Taojiang 2020 example dataset (seed report), through the API. */
export const taojiang = () => caller.examples.get({ id: "taojiang-natural-resources-2020" });
