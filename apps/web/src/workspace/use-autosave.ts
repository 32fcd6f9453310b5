import { safeParseDataset } from "@jixiao/core/schema";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorCode, useTRPC } from "../api/trpc.ts";
import type { DraftChange } from "./draft-diff.ts";
import type { DraftEditor } from "./use-draft-editor.ts";

/** What the save indicator says: 已保存 / 未保存 / 保存中 / 数据有误未保存 / 版本冲突 / 保存失败. */
export type SaveState = "saved" | "dirty" | "saving" | "invalid" | "conflict" | "error";

export const SAVE_STATE_LABELS: Record<SaveState, string> = {
  saved: "已保存",
  dirty: "未保存",
  saving: "保存中…",
  invalid: "数据有误，未保存",
  conflict: "版本冲突，未保存",
  error: "保存失败",
};

/** The server's answer to a stale version: what the other person changed (paths under content.). */
export interface ConflictInfo {
  currentVersion: number | null;
  changes: DraftChange[];
}

/** The CONFLICT data of a tRPC error, with paths relative to the content. */
export function conflictInfo(error: unknown): ConflictInfo | null {
  if (errorCode(error) !== "CONFLICT") return null;
  const data = (
    error as { data?: { conflict?: { currentVersion?: number | null; changes?: DraftChange[] } } }
  ).data?.conflict;
  return {
    currentVersion: data?.currentVersion ?? null,
    changes: (data?.changes ?? [])
      .filter((c) => c.path.startsWith("content"))
      .map((c) => ({ ...c, path: c.path.replace(/^content\.?/, "") })),
  };
}

/**
 * Save the draft by itself after a pause in typing (datasets.update with the version last read),
 * one save at a time; a draft the schema refuses is not sent. A stale version stops autosave and
 * hands the conflict to the caller, so nothing typed is lost. After each save the server
 * evaluates the stored data (evaluations.run), which the overview lists.
 */
export function useAutosave(options: {
  editor: DraftEditor;
  datasetId: string;
  version: number;
  onSaved: (version: number) => void;
  onConflict: (conflict: ConflictInfo) => void;
  enabled: boolean;
  frameworkId: string;
  delay?: number;
}) {
  const { editor, datasetId, enabled, delay = 1200 } = options;
  const trpc = useTRPC();
  const update = useMutation(trpc.datasets.update.mutationOptions());
  const run = useMutation(trpc.evaluations.run.mutationOptions());
  const [state, setState] = useState<SaveState>("saved");
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const latest = useRef(options);
  latest.current = options;
  // The version the server holds, updated the moment a save returns (a save queued behind it
  // must not send the version it replaced), and from the caller when a workflow step moved it.
  const version = useRef(options.version);
  const given = useRef(options.version);
  if (options.version !== given.current) {
    given.current = options.version;
    version.current = options.version;
  }
  const savedDraft = useRef(options.editor.saved);
  const givenSaved = useRef(options.editor.saved);
  if (options.editor.saved !== givenSaved.current) {
    givenSaved.current = options.editor.saved;
    savedDraft.current = options.editor.saved;
  }
  const blocked = state === "conflict";

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const sending = latest.current.editor.draft;
    if (sending === savedDraft.current) return true;
    if (!safeParseDataset(sending).ok) {
      setState("invalid");
      return false;
    }
    setState("saving");
    const attempt = (async () => {
      try {
        const record = await update.mutateAsync({
          id: datasetId,
          expectedVersion: version.current,
          content: sending,
        });
        version.current = record.version;
        savedDraft.current = sending;
        latest.current.onSaved(record.version);
        latest.current.editor.markSaved(sending);
        setError(null);
        setState("saved");
        run.mutate({ datasetId, frameworkId: latest.current.frameworkId });
        return true;
      } catch (e) {
        const conflict = conflictInfo(e);
        if (conflict) {
          setState("conflict");
          latest.current.onConflict(conflict);
        } else {
          setState("error");
          setError(e instanceof Error ? e.message : String(e));
        }
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = attempt;
    return attempt;
  }, [datasetId, update, run]);

  useEffect(() => {
    if (!enabled || blocked) return;
    if (!editor.dirty) {
      if (!inFlight.current) setState("saved");
      return;
    }
    if (!inFlight.current) setState(safeParseDataset(editor.draft).ok ? "dirty" : "invalid");
    const timer = setTimeout(() => void save(), delay);
    return () => clearTimeout(timer);
  }, [editor.draft, editor.dirty, enabled, blocked, delay, save]);

  return {
    state: enabled ? state : "saved",
    error,
    /** Save now (before a workflow step, or on 保存); true when the server holds the draft. */
    saveNow: save,
    /** Resume autosave after a conflict was resolved. */
    resolved: () => setState("dirty"),
  };
}
