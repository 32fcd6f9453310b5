import { createJixiaoClient, type JixiaoClient } from "@jixiao/client";
import { CliError, ExitCode } from "../errors.ts";
import type { InlineDataset } from "./run-batch.ts";

/** The server's page size for datasets.list (its maximum). */
const PAGE = 500;

/**
 * Pull the latest revision of every department-year the token may read from the jixiao server
 * at `url` (datasets.list, page by page, then datasets.get for each), optionally only one fiscal
 * year. Each dataset comes back as JSON text named `server:<部门>-<年度>` for the batch.
 * @throws CliError naming the URL and the reason in Chinese and English: exit 2 when the server
 *   answers but refuses (a bad token, a bad request); exit 3 when it cannot be reached or fails
 *   (the batch could not finish).
 * @example await pullDatasets("http://127.0.0.1:4310", token, 2020) // [{ source: "server:桃江县自然资源局-2020", json: "{…}" }]
 */
export async function pullDatasets(
  url: string,
  token: string,
  year?: number,
  client: JixiaoClient = createJixiaoClient(url, token),
): Promise<InlineDataset[]> {
  try {
    const summaries: { id: string; departmentName: string; fiscalYear: number }[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await client.datasets.list.query({
        ...(year === undefined ? {} : { fiscalYear: year }),
        limit: PAGE,
        offset,
      });
      summaries.push(...page);
      if (page.length < PAGE) break;
    }
    const out: InlineDataset[] = [];
    for (const summary of summaries) {
      const record = await client.datasets.get.query({ id: summary.id });
      out.push({
        source: `server:${summary.departmentName}-${summary.fiscalYear}`,
        json: JSON.stringify(record.content),
      });
    }
    return out;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(
      `无法从服务器取得数据集 / could not pull datasets from ${url}: ${detail}`,
      refusedByServer(error) ? ExitCode.badInput : ExitCode.failed,
    );
  }
}

/**
 * Whether the server answered and refused the request (HTTP 4xx: a bad or expired token, a
 * request it does not accept), as opposed to not answering at all (connection refused, DNS, a
 * timeout) or failing on its side (5xx).
 */
function refusedByServer(error: unknown): boolean {
  const data = (error as { data?: { httpStatus?: unknown } } | null)?.data;
  const status = typeof data?.httpStatus === "number" ? data.httpStatus : undefined;
  return status !== undefined && status >= 400 && status < 500;
}
