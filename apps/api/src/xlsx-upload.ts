import { importBasicData } from "@jixiao/report/xlsx";
import { type Call, type DatasetRecord, type Store, ValidationFailed } from "@jixiao/store";

/**
 * Read a filled 基础数据表 (XLSX bytes) with @jixiao/report's importer and save it through the
 * store: `datasets.create` for a department, or `datasets.update` of a 草稿 with its version.
 * Nothing is saved unless every cell is right.
 * @throws ValidationFailed (→ BAD_REQUEST) with one issue per bad cell: path "支出!C7" (sheet and
 *   cell, or the sheet alone) and the importer's bilingual message; the store's errors otherwise.
 * @example await importXlsxDataset(store, call, bytes, { departmentId: "d1" }) // DatasetRecord, revision 1, 草稿
 */
export async function importXlsxDataset(
  store: Store,
  call: Call,
  bytes: Uint8Array,
  target: {
    departmentId?: string | undefined;
    id?: string | undefined;
    expectedVersion?: number | undefined;
  },
): Promise<DatasetRecord> {
  const result = await importBasicData(bytes);
  if (!result.ok) {
    throw new ValidationFailed(
      result.problems.map((p) => ({
        path: p.cell ? `${p.sheet}!${p.cell}` : p.sheet,
        message: p.message,
      })),
      "基础数据表有错误，未保存",
      "the workbook has errors; nothing was saved",
    );
  }
  if (target.id !== undefined && target.expectedVersion !== undefined) {
    return store.datasets.update(call, {
      id: target.id,
      expectedVersion: target.expectedVersion,
      content: result.dataset,
    });
  }
  if (target.departmentId === undefined) {
    throw new ValidationFailed([
      {
        path: "departmentId",
        message: "departmentId 与 id 须给出其一 / give either departmentId or id",
      },
    ]);
  }
  return store.datasets.create(call, {
    departmentId: target.departmentId,
    content: result.dataset,
  });
}
