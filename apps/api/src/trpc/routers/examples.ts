import { z } from "zod";
import { NotFoundError } from "../../errors.ts";
import { exampleIds, loadExample } from "../../example-catalogue.ts";
import { authedProcedure, router } from "../init.ts";

/** A listed example: its id and the department-year it holds. */
export interface ExampleSummary {
  id: string;
  department: string;
  fiscalYear: number;
}

/** The embedded example datasets: list them, get one to evaluate or to copy. */
export const examplesRouter = router({
  /** Every embedded example with its department and year. */
  list: authedProcedure.query((): ExampleSummary[] => {
    const summaries: ExampleSummary[] = [];
    for (const id of exampleIds()) {
      const dataset = loadExample(id);
      if (dataset)
        summaries.push({
          id,
          department: dataset.department.name,
          fiscalYear: dataset.department.fiscalYear,
        });
    }
    return summaries;
  }),
  /**
   * One example dataset, validated, by id.
   * @throws NOT_FOUND when there is no example with that id.
   */
  get: authedProcedure
    .input(z.object({ id: z.string().min(1, { error: "id 不能为空 / id must not be empty" }) }))
    .query(({ input }) => {
      const dataset = loadExample(input.id);
      if (!dataset) throw new NotFoundError(`无此示例 / no such example: ${input.id}`);
      return dataset;
    }),
});
