export * from "./build.ts";
export * from "./cells.ts";
export { chartDataTable } from "./charts.ts";
export {
  type IndicatorLookup,
  indicatorCell,
  indicatorText,
  lookupIndicators,
} from "./indicators.ts";
export { scoreSheetAnnex, scoreSheetSection } from "./score-sheet-annex.ts";
export {
  EVIDENCE_ANNEX,
  EVIDENCE_TABLE,
  evidenceAnnex,
  evidenceTable,
  fileSizeText,
} from "./sections/annex-evidence.ts";
export { SEVERITY_NAMES, sortFindings } from "./tables/findings.ts";
export { chineseDate } from "./text.ts";
export * from "./types.ts";
export * from "./walk.ts";
