import { bench, describe } from "vitest";
// Benchmarks may read the example by relative path; production code in core never does.
import taojiang from "../../../../examples/taojiang-natural-resources-2020/dataset.json" with {
  type: "json",
};
import { evaluate } from "../evaluation.ts";
import { type DatasetInput, parseDataset } from "../schema/index.ts";
import { computeIndicators } from "./compute.ts";

const seed = parseDataset(taojiang);

/** The Taojiang year with `n` generated projects (amounts in 分 varied, some blank). */
function withProjects(n: number): ReturnType<typeof parseDataset> {
  const projects: DatasetInput["projects"] = Array.from({ length: n }, (_, i) => {
    const budget = `${(i * 7919) % 100_000_000}.${String(i % 100).padStart(2, "0")}`;
    const actual =
      i % 97 === 0 ? "" : `${(i * 6007) % 100_000_000}.${String((i * 3) % 100).padStart(2, "0")}`;
    return { seq: i + 1, name: `项目${i + 1}`, budget, actual };
  });
  return parseDataset({ ...(taojiang as DatasetInput), projects });
}

const large = withProjects(5_000);

describe("evaluate", () => {
  bench("Taojiang 2020 (seed dataset)", () => {
    evaluate(seed);
  });
  bench("Taojiang 2020 with 5 000 projects", () => {
    evaluate(large);
  });
});

describe("computeIndicators only", () => {
  bench("Taojiang 2020 (seed dataset)", () => {
    computeIndicators(seed);
  });
  bench("Taojiang 2020 with 5 000 projects", () => {
    computeIndicators(large);
  });
});
