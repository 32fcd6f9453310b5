import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "../api/trpc.ts";
import type { ManualEntry } from "./manual-entries.ts";

/**
 * The stored 自评/复核 scores of a dataset under a framework (scores.list), editable in place:
 * each changed entry is saved on its own (scores.setManual with its version, or scores.remove).
 * The sheet follows the local entries at once; a refused save shows its error.
 */
export function useManualScores(datasetId: string, frameworkId: string) {
  const trpc = useTRPC();
  const list = useQuery(trpc.scores.list.queryOptions({ datasetId, frameworkId }));
  const setManual = useMutation(trpc.scores.setManual.mutationOptions());
  const remove = useMutation(trpc.scores.remove.mutationOptions());
  const [entries, setEntries] = useState<ManualEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const records = useRef(new Map<string, { id: string; version: number }>());

  useEffect(() => {
    if (!list.data) return;
    records.current = new Map(
      list.data.map((r) => [`${r.code}|${r.kind}`, { id: r.id, version: r.version }]),
    );
    setEntries(
      list.data.map((r) => ({
        code: r.code,
        kind: r.kind,
        evaluator: r.evaluator,
        time: r.time,
        evidence: r.evidence,
        ...(r.score === null ? {} : { score: r.score }),
        ...(r.comment === null ? {} : { comment: r.comment }),
      })),
    );
  }, [list.data]);

  async function change(next: ManualEntry[]) {
    const before = new Map(entries.map((e) => [`${e.code}|${e.kind}`, e]));
    const after = new Map(next.map((e) => [`${e.code}|${e.kind}`, e]));
    setEntries(next);
    setError(null);
    try {
      for (const [key, entry] of after) {
        const old = before.get(key);
        if (old && JSON.stringify(old) === JSON.stringify(entry)) continue;
        if (entry.score !== undefined && !/^\d+(\.\d+)?$/.test(entry.score)) continue;
        const record = records.current.get(key);
        const saved = await setManual.mutateAsync({
          datasetId,
          frameworkId,
          code: entry.code,
          kind: entry.kind,
          score: entry.score ?? null,
          evidence: entry.evidence,
          comment: entry.comment ?? null,
          ...(record ? { expectedVersion: record.version } : {}),
        });
        records.current.set(key, { id: saved.id, version: saved.version });
      }
      for (const key of before.keys()) {
        if (after.has(key)) continue;
        const record = records.current.get(key);
        if (!record) continue;
        await remove.mutateAsync({ id: record.id, expectedVersion: record.version });
        records.current.delete(key);
      }
    } catch (e) {
      setError(`评分未能保存：${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return { entries, change, error, loading: list.isPending };
}
