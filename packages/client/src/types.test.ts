import { describe, expectTypeOf, it } from "vitest";
// Type-only: core's own Dataset type, to prove the client's output is exactly it.
import type { Dataset } from "../../core/src/schema/index.ts";
import type { JixiaoClient } from "./create-client.ts";
import type { RouterOutputs } from "./types.ts";

describe("the client's output types (checked by tsc: pnpm --filter @jixiao/client typecheck)", () => {
  it("types datasets.get().content as core's Dataset, so third parties read it without casts", () => {
    type Content = RouterOutputs["datasets"]["get"]["content"];
    expectTypeOf<Content>().toEqualTypeOf<Dataset>();
    // The QA's TS18046 case: content.threePublicExpenses was `unknown`.
    expectTypeOf<Content["threePublicExpenses"][number]["actual"]>().toEqualTypeOf<
      Dataset["threePublicExpenses"][number]["actual"]
    >();
    expectTypeOf<Content["department"]["fiscalYear"]>().toBeNumber();
    type Get = Awaited<ReturnType<JixiaoClient["datasets"]["get"]["query"]>>;
    expectTypeOf<Get["content"]>().toEqualTypeOf<Dataset>();
    expectTypeOf<RouterOutputs["datasets"]["update"]["content"]>().toEqualTypeOf<Dataset>();
  });
});
