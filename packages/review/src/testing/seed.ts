import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The copy of the seed report kept with the embedded example (identical to ../shared/seed). */
export const SEED_TEXT_PATH = resolve(
  import.meta.dirname,
  "../../../../examples/taojiang-natural-resources-2020/source.txt",
);

/** The shared seed report, when this checkout sits beside ../shared (not in CI). */
export const SHARED_SEED_PATH = resolve(
  import.meta.dirname,
  "../../../../../shared/seed/taojiang-natural-resources-2020-evaluation-report.txt",
);

/** The seed report's text. */
export function seedText(): string {
  return readFileSync(SEED_TEXT_PATH, "utf8");
}
