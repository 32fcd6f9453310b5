import { useCallback, useEffect, useState } from "react";
import { commit, redo, reset, startHistory, type UndoStack, undo } from "../grid/undo-stack.ts";

/** The draft being edited, its undo history, and the draft last saved to the server. */
export interface DraftEditor {
  draft: unknown;
  history: UndoStack<unknown>;
  /** The draft as last saved (or loaded); `dirty` when the present differs. */
  saved: unknown;
  dirty: boolean;
  edit: (apply: (draft: unknown) => unknown) => void;
  undo: () => void;
  redo: () => void;
  /** Replace the draft without an undo step (loaded, merged, or imported as a whole). */
  replace: (draft: unknown, asSaved?: boolean) => void;
  /** Record that `draft` is what the server now holds. */
  markSaved: (draft: unknown) => void;
}

/**
 * Editing state of one workspace: every edit is one undo step; Ctrl+Z / Ctrl+Y (and
 * Ctrl+Shift+Z) undo and redo while the focus is not in a text box.
 */
export function useDraftEditor(initial: unknown): DraftEditor {
  const [history, setHistory] = useState(() => startHistory(initial));
  const [saved, setSaved] = useState(initial);
  const edit = useCallback(
    (apply: (draft: unknown) => unknown) => setHistory((h) => commit(h, apply(h.present))),
    [],
  );
  const doUndo = useCallback(() => setHistory((h) => undo(h)), []);
  const doRedo = useCallback(() => setHistory((h) => redo(h)), []);
  const replace = useCallback((draft: unknown, asSaved = false) => {
    setHistory((h) => commit(h, draft));
    if (asSaved) setSaved(draft);
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) {
        event.preventDefault();
        doUndo();
      } else if (key === "y" || (key === "z" && event.shiftKey)) {
        event.preventDefault();
        doRedo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [doUndo, doRedo]);
  return {
    draft: history.present,
    history,
    saved,
    dirty: history.present !== saved,
    edit,
    undo: doUndo,
    redo: doRedo,
    replace,
    markSaved: setSaved,
  };
}

export { reset };
