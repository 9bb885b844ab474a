/**
 * Where a figure sits among all local authorities: "55th of 153", or
 * "joint 55th" when others have exactly the same published figure.
 * Figures are compared as published, to one decimal place.
 */
import { ordinal, round1 } from '../core/format';
import type { Measure } from './measures';

export interface Rank {
  /** 1 is the highest (or the lowest, when lower is better). */
  position: number;
  /** How many figures were ranked. */
  of: number;
  /** True when another area has the same figure. */
  joint: boolean;
  /** What 1st means: the highest figure or the lowest. */
  first: 'highest' | 'lowest';
}

/**
 * The rank of `value` among `all` (which must include it). Ties share the
 * best position, as in a sports table: two 55th, then 57th.
 */
export function rankAmong(value: number, all: readonly number[], better: Measure['better']): Rank {
  const v = round1(value);
  const first = better === 'lower' ? 'lowest' : 'highest';
  const ahead = all.filter((a) => (first === 'highest' ? round1(a) > v : round1(a) < v)).length;
  const same = all.filter((a) => round1(a) === v).length;
  return { position: ahead + 1, of: all.length, joint: same > 1, first };
}

/** "joint 55th of 153". */
export function rankText(rank: Rank): string {
  return `${rank.joint ? 'joint ' : ''}${ordinal(rank.position)} of ${rank.of}`;
}
