import { describe, expect, it } from 'vitest';
import { parseShortlist, serialiseShortlist, shortlistSentence, SHORTLIST_LIMIT, toggleShortlist } from './shortlist';

describe('shortlist', () => {
  it('round-trips ids in the order they were saved', () => {
    const ids = toggleShortlist(toggleShortlist([], 'quiet-swim-sessions'), 'northbrook-sendiass');
    expect(parseShortlist(serialiseShortlist(ids))).toEqual(['quiet-swim-sessions', 'northbrook-sendiass']);
  });

  it('removes an id saved already', () => {
    expect(toggleShortlist(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('reads damaged or hand-edited storage as empty, keeping only valid ids', () => {
    expect(parseShortlist(null)).toEqual([]);
    expect(parseShortlist('{not json')).toEqual([]);
    expect(parseShortlist('{"a":1}')).toEqual([]);
    expect(parseShortlist('["ok-id", 3, "<script>", "ok-id", "Bad Id"]')).toEqual(['ok-id']);
  });

  it('keeps to a limit', () => {
    const many = Array.from({ length: SHORTLIST_LIMIT + 5 }, (_, i) => `s-${i}`);
    expect(parseShortlist(JSON.stringify(many))).toHaveLength(SHORTLIST_LIMIT);
    expect(toggleShortlist(many.slice(0, SHORTLIST_LIMIT), 'new-one').at(-1)).toBe('new-one');
  });

  it('says how many are saved', () => {
    expect(shortlistSentence(0)).toBe('Your shortlist is empty.');
    expect(shortlistSentence(1)).toBe('You have 1 service in your shortlist.');
    expect(shortlistSentence(3)).toBe('You have 3 services in your shortlist.');
  });
});
