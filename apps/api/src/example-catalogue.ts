import { type Dataset, parseDataset } from "@jixiao/core/schema";
import { EXAMPLE_IDS, EXAMPLES } from "@jixiao/examples";

/** The ids of the embedded example datasets (@jixiao/examples), in a stable order. */
export const exampleIds = (): readonly string[] => EXAMPLE_IDS;

/**
 * An embedded example by id, validated by the core schema; undefined when there is none.
 * @throws DatasetValidationError if the shipped example itself is invalid (a bug, reported as
 *   BAD_REQUEST by errors.ts with its paths).
 * @example loadExample("taojiang-natural-resources-2020")?.department.fiscalYear === 2020
 */
export function loadExample(id: string): Dataset | undefined {
  if (!Object.hasOwn(EXAMPLES, id)) return undefined;
  return parseDataset(EXAMPLES[id], `example ${id}`);
}
