/**
 * The edit history of a draft within the session: every committed edit (a cell, a pasted block,
 * an added row) is one step that 撤销 (undo) takes back and 重做 (redo) puts again. Drafts are
 * immutable and share unchanged parts (paths.setAt), so keeping them costs little.
 */
export interface UndoStack<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** At most this many steps are kept; the oldest is dropped first. */
export const UNDO_LIMIT = 200;

/** A history that starts at `present`. */
export function startHistory<T>(present: T): UndoStack<T> {
  return { past: [], present, future: [] };
}

/**
 * Commit an edit: the present goes onto the past, the redo list is cleared. Committing the
 * present itself changes nothing.
 * @example commit(startHistory("a"), "b") // { past: ["a"], present: "b", future: [] }
 */
export function commit<T>(stack: UndoStack<T>, next: T): UndoStack<T> {
  if (Object.is(next, stack.present)) return stack;
  const past = [...stack.past, stack.present];
  return { past: past.slice(Math.max(0, past.length - UNDO_LIMIT)), present: next, future: [] };
}

/** Step back one edit; nothing to undo leaves the stack as it is. */
export function undo<T>(stack: UndoStack<T>): UndoStack<T> {
  const previous = stack.past.at(-1);
  if (stack.past.length === 0) return stack;
  return {
    past: stack.past.slice(0, -1),
    present: previous as T,
    future: [stack.present, ...stack.future],
  };
}

/** Step forward one undone edit; nothing to redo leaves the stack as it is. */
export function redo<T>(stack: UndoStack<T>): UndoStack<T> {
  if (stack.future.length === 0) return stack;
  const [next, ...future] = stack.future;
  return { past: [...stack.past, stack.present], present: next as T, future };
}

/**
 * Replace the present without an undo step (a draft loaded or merged from the server): the
 * history before it no longer applies and is cleared.
 */
export function reset<T>(present: T): UndoStack<T> {
  return startHistory(present);
}
