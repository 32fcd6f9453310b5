import type { Actor } from "@jixiao/store";
import { afterAll, beforeAll } from "vitest";
import { callerAs, openTestServices } from "../testing/harness.ts";

export { rejection } from "../testing/harness.ts";

/** The bureau admin of the test services. */
const admin: Actor = { id: "u-admin", role: "bureauAdmin", departmentId: null };

let opened: Awaited<ReturnType<typeof openTestServices>> | undefined;
beforeAll(async () => {
  opened = await openTestServices("sqlite");
}, 60_000);
afterAll(async () => {
  await opened?.cleanup();
});

/**
 * An in-process caller of the whole API as a bureau admin, on fresh SQLite services opened
 * for the importing test file (registered with its beforeAll/afterAll).
 */
export const caller = new Proxy({} as ReturnType<typeof callerAs>, {
  get(_target, key) {
    if (!opened) throw new Error("the test services are not open yet (use caller inside a test)");
    return callerAs(opened.services, admin)[key as keyof ReturnType<typeof callerAs>];
  },
});

/** The services the caller runs on (its store, for checking what a call saved). */
export function testServices() {
  if (!opened) throw new Error("the test services are not open yet (use inside a test)");
  return opened.services;
}

/** The embedded Taojiang 2020 example dataset (seed report), through the API. */
export const taojiang = () => caller.examples.get({ id: "taojiang-natural-resources-2020" });
