import type { Dataset } from "@jixiao/core";
import { parseDataset } from "@jixiao/core/schema";
import { minimalDatasetInput } from "@jixiao/core/testing";
import { taojiang2020 } from "@jixiao/examples";
import type { Store } from "../types.ts";
import { as, testActors } from "./index.ts";

let cached: Dataset | undefined;

/**
 * The smallest valid dataset (core's minimalDatasetInput: the seed department, staffing only),
 * parsed; `fiscalYear` as given. Cheap to validate and evaluate, for tests about access and
 * files rather than figures.
 */
export function minimalDataset(fiscalYear = 2020): Dataset {
  const input = minimalDatasetInput();
  return parseDataset({ ...input, department: { ...input.department, fiscalYear } });
}

/** The Taojiang 2020 dataset (examples/taojiang-natural-resources-2020), parsed once; a fresh deep copy each call. */
export function taojiang(): Dataset {
  cached ??= parseDataset(taojiang2020);
  return structuredClone(cached);
}

/**
 * A bureau with two departments (the Taojiang one and another) and actors of every role, the
 * editor belonging to the Taojiang department. For tests.
 */
export async function orgFixture(store: Store) {
  const { admin } = testActors("x");
  const bureau = await store.organisations.create(as(admin), {
    kind: "bureau",
    parentId: null,
    name: "桃江县财政局",
  });
  const department = await store.organisations.create(as(admin), {
    kind: "department",
    parentId: bureau.id,
    name: "桃江县自然资源局",
    unifiedSocialCreditCode: taojiang().department.unifiedSocialCreditCode,
  });
  const other = await store.organisations.create(as(admin), {
    kind: "department",
    parentId: bureau.id,
    name: "桃江县林业局",
  });
  return { bureau, department, other, actors: testActors(department.id, other.id) };
}
