import { Decimal } from "@jixiao/core";

/**
 * A seeded pseudo-random source (sfc32 seeded through splitmix32): the same seed gives the same
 * sequence on every machine, so generated datasets are reproducible byte for byte. Only 32-bit
 * integer arithmetic is used; money is drawn as whole 分 through BigInt, never as a float.
 */
export interface Prng {
  /** The next unsigned 32-bit integer. */
  next(): number;
  /** A whole number in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `share` (0 … 1). */
  chance(share: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An amount in 元 with 2 places, uniform in [minYuan, maxYuan] (whole 元 bounds). */
  yuan(minYuan: number, maxYuan: number): Decimal;
  /** A new independent source derived from this one and a label (stable per label). */
  fork(label: string): Prng;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string to 32 bits (for seeding forks by label). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A seeded {@link Prng}. The seed is any integer (taken modulo 2³²) or a string.
 * @throws never.
 * @example createPrng(42).int(1, 6) === createPrng(42).int(1, 6)
 */
export function createPrng(seed: number | string): Prng {
  const init = splitmix32(typeof seed === "string" ? hash32(seed) : seed >>> 0);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  const below = (range: bigint): bigint => {
    const wide = (BigInt(next()) << 32n) | BigInt(next());
    return wide % range;
  };
  const prng: Prng = {
    next,
    int(min, max) {
      if (max <= min) return min;
      return min + Number(below(BigInt(max - min + 1)));
    },
    chance(share) {
      if (share <= 0) return false;
      if (share >= 1) return true;
      return next() < Math.floor(share * 4294967296);
    },
    pick(items) {
      const item = items[prng.int(0, items.length - 1)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    yuan(minYuan, maxYuan) {
      const lo = BigInt(Math.round(minYuan)) * 100n;
      const hi = BigInt(Math.round(maxYuan)) * 100n;
      const fen = hi <= lo ? lo : lo + below(hi - lo + 1n);
      return new Decimal(fen.toString()).div(100);
    },
    fork(label) {
      return createPrng((next() ^ hash32(label)) >>> 0);
    },
  };
  return prng;
}
