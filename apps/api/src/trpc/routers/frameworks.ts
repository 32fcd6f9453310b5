import {
  BUILTIN_FRAMEWORK_INPUTS,
  builtinFrameworks,
  type Framework,
  type FrameworkInput,
} from "@jixiao/core/frameworks";
import { z } from "zod";
import { unknownFramework } from "../../scoring-request.ts";
import { publicProcedure, router } from "../init.ts";

/** A listed framework (指标体系): what `jixiao frameworks` prints for it. */
export interface FrameworkSummary {
  id: string;
  name: string;
  version: string;
  /** 适用地区, e.g. "湖南省（县级）". */
  jurisdiction: string;
  /** 来源性质: published (as issued), adapted, or ours. */
  authorship: Framework["authorship"];
  effectiveYear: number;
}

/** The built-in frameworks: list them, get one as JSON to copy, edit and score with. */
export const frameworksRouter = router({
  /** Every built-in framework, in the core's order (the default, hunan-county-2020, first). */
  list: publicProcedure.query((): FrameworkSummary[] =>
    builtinFrameworks().map((f) => ({
      id: f.id,
      name: f.name,
      version: f.version,
      jurisdiction: f.jurisdiction,
      authorship: f.authorship,
      effectiveYear: f.effectiveYear,
    })),
  ),
  /**
   * One built-in framework as written (JSON-serialisable input, defaults not applied), like
   * `jixiao frameworks show ID`: edit it and pass it back as `evaluations.score({ framework })`.
   * @throws NOT_FOUND when there is no built-in framework with that id.
   */
  get: publicProcedure
    .input(z.object({ id: z.string().min(1, { error: "id 不能为空 / id must not be empty" }) }))
    .query(({ input }): FrameworkInput => {
      const framework = BUILTIN_FRAMEWORK_INPUTS.find((f) => f.id === input.id);
      if (!framework) throw unknownFramework(input.id);
      return framework;
    }),
});
