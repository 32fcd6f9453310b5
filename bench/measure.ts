/**
 * Timing helpers of `pnpm bench`. A figure and its baseline are measured in the same run,
 * interleaved batch by batch, so that load from other processes falls on both alike; the median
 * batch is reported. The synchronous timers count this process's CPU time (user + system), not
 * wall time: "per core" is what one core spends, and time the scheduler gives to other processes
 * on a shared machine is left out.
 */

/** CPU time used by this process so far, in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time per operation of a measured function: the median batch, and how many ran. */
export interface Timing {
  /** Median CPU time of one operation, in milliseconds. */
  ms: number;
  /** Operations timed (warm-up excluded). */
  operations: number;
}

/** Run `op` until one batch takes at least `minBatchMs`, doubling the batch; return its size. */
function calibrate(op: () => unknown, minBatchMs: number): number {
  let size = 1;
  for (;;) {
    const start = cpuMs();
    for (let i = 0; i < size; i++) op();
    if (cpuMs() - start >= minBatchMs || size >= 1 << 20) return size;
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
      const start = cpuMs();
      for (let i = 0; i < size; i++) op();
      (samples[k] as number[]).push((cpuMs() - start) / size);
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
    const start = cpuMs();
    for (let i = 0; i < size; i++) op();
    samples.push((cpuMs() - start) / size);
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
