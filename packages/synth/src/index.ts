export { EXPECTED_RULE, InconsistencyKind, Manifest, ManifestEntry } from "./manifest.ts";
export { createPrng, type Prng } from "./prng.ts";
export {
  findsInjection,
  measureRecall,
  type Recall,
  type RecallCount,
  type RecallDataset,
} from "./recall.ts";
export {
  inconsistentCount,
  MAX_SYNTH_COUNT,
  type Synthesized,
  type SynthesizedDataset,
  type SynthesizeOptions,
  synthesizeDataset,
  synthesizeDatasets,
} from "./synthesize.ts";
