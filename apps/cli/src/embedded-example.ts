/** The id and label of the dataset `jixiao` uses when no FILE is given. */
export const EMBEDDED_EXAMPLE = {
  id: "taojiang-natural-resources-2020",
  label: "内置示例 / embedded example taojiang-natural-resources-2020",
} as const;

/**
 * The embedded Taojiang 2020 example (@jixiao/examples) as raw JSON, not yet validated. The
 * examples module is imported on first use only, so a command given a FILE never loads it.
 * @example parseDataset(await loadEmbeddedExampleJson()).department.name === "桃江县自然资源局"
 */
export async function loadEmbeddedExampleJson(): Promise<unknown> {
  const { EXAMPLES } = await import("@jixiao/examples");
  return EXAMPLES[EMBEDDED_EXAMPLE.id];
}
