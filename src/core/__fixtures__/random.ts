/** Seeded randomness for the fixture generators: the same seed gives the same files. */

export type Rand = () => number;

/** Small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** One to `max` items of the list, each once. */
export function pickSome<T>(rand: Rand, list: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(rand() * max);
  return [...new Set(Array.from({ length: count }, () => pick(rand, list)))];
}
