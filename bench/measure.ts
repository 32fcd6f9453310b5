/**
 * Timing helpers of `pnpm bench`. A figure and its baseline are measured in the same run,
 * interleaved batch by batch, so that load from other processes falls on both alike; the median
 * batch is reported.
 */

/** Seconds per operation of a measured function: the median batch, and how many ran. */
export interface Timing {
  /** Median time of one operation, in milliseconds. */
  ms: number;
  /** Operations timed (warm-up excluded). */
  operations: number;
}

/** Run `op` until one batch takes at least `minBatchMs`, doubling the batch; return its size. */
function calibrate(op: () => unknown, minBatchMs: number): number {
  let size = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < size; i++) op();
    if (performance.now() - start >= minBatchMs || size >= 1 << 20) return size;
    size *= 2;
  }
}

/**
 * Time `subject` and `baseline` side by side: after a warm-up, alternate one batch of each for
 * about `budgetMs` in total, and return each one's median time per operation.
 * @example const [evaluate, parse] = timePair(() => evaluate(…), () => JSON.parse(text), 3000);
 */
export function timePair(
  subject: () => unknown,
  baseline: () => unknown,
  budgetMs = 3000,
  minBatchMs = 25,
): [Timing, Timing] {
  const sizes = [calibrate(subject, minBatchMs), calibrate(baseline, minBatchMs)];
  const ops = [subject, baseline];
  const samples: number[][] = [[], []];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || (samples[0] as number[]).length < 3) {
    for (const k of [0, 1]) {
      const op = ops[k] as () => unknown;
      const size = sizes[k] as number;
      const start = performance.now();
      for (let i = 0; i < size; i++) op();
      (samples[k] as number[]).push((performance.now() - start) / size);
    }
  }
  return [0, 1].map((k) => ({
    ms: median(samples[k] as number[]),
    operations: (samples[k] as number[]).length * (sizes[k] as number),
  })) as [Timing, Timing];
}

/**
 * Time one operation alone: batches of at least `minBatchMs` for about `budgetMs`; the median
 * time per operation in milliseconds.
 */
export function timeOne(op: () => unknown, budgetMs = 1000, minBatchMs = 25): number {
  const size = calibrate(op, minBatchMs);
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || samples.length < 3) {
    const start = performance.now();
    for (let i = 0; i < size; i++) op();
    samples.push((performance.now() - start) / size);
  }
  return median(samples);
}

/** Time one async operation `runs` times (after one warm-up run); the median in milliseconds. */
export async function timeAsync(op: () => Promise<unknown>, runs: number): Promise<number> {
  await op();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await op();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The median of a non-empty list of numbers (timings, not money). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
