import { describe, expect, it } from 'vitest';
import { rankAmong, rankText } from './rank';

describe('rankAmong', () => {
  it('counts the figures better than ours, so 1st is the highest', () => {
    expect(rankAmong(50, [70, 60, 50, 40], 'higher')).toEqual({ position: 3, of: 4, joint: false, first: 'highest' });
  });
  it('shares a place between equal figures, as published to one decimal place, and skips the next', () => {
    const all = [70, 55.0, 55, 55.04, 40];
    expect(rankAmong(55, all, 'higher')).toEqual({ position: 2, of: 5, joint: true, first: 'highest' });
    expect(rankAmong(40, all, 'higher').position).toBe(5);
  });
  it('puts the lowest first when lower is better', () => {
    expect(rankAmong(40, [70, 55, 40], 'lower')).toMatchObject({ position: 1, first: 'lowest' });
  });
});

describe('words for a place', () => {
  it('says "joint" for a shared place', () => {
    expect(rankText({ position: 55, of: 153, joint: true, first: 'highest' })).toBe('joint 55th of 153');
    expect(rankText({ position: 55, of: 153, joint: false, first: 'highest' })).toBe('55th of 153');
  });
});
