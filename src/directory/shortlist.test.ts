import { describe, expect, it } from 'vitest';
import { mergeShortlists, parseShortlist, serialiseShortlist, sharedIds, sharedSentence, shortlistEmailHref, shortlistLink, shortlistSentence, SHORTLIST_LIMIT, toggleShortlist } from './shortlist';

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

describe('sharing a shortlist', () => {
  const page = 'https://localoffer.example.gov.uk/services/shortlist/';

  it('puts the ids in the link, and reads the same ids back from it', () => {
    const link = shortlistLink(page, ['swim-club', 'play-scheme', 'swim-club']);
    expect(link).toBe('https://localoffer.example.gov.uk/services/shortlist/?ids=swim-club,play-scheme');
    expect(sharedIds(new URL(link).search)).toEqual(['swim-club', 'play-scheme']);
    expect(shortlistLink(page, [])).toBe('https://localoffer.example.gov.uk/services/shortlist/');
  });

  it('reads a hand-edited or damaged link safely, and tells a page with no shared list', () => {
    expect(sharedIds('?ids=Swim-Club,,<script>,play-scheme%20x')).toEqual(['swim-club', 'play-scheme', 'x']);
    expect(sharedIds('?ids=')).toEqual([]);
    expect(sharedIds('')).toBeUndefined();
    expect(sharedIds(`?ids=${Array.from({ length: SHORTLIST_LIMIT + 3 }, (_, i) => `s-${i}`).join(',')}`)).toHaveLength(SHORTLIST_LIMIT);
  });

  it('adds a shared list to one’s own without repeating a service', () => {
    expect(mergeShortlists(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('writes an email with each service, its page and the link to the whole list', () => {
    const href = shortlistEmailHref([{ id: 'swim-club', name: 'Swim club' }, { id: 'play-scheme', name: 'Play & stay' }], page, 'Anytown SEND Local Offer');
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice('mailto:'.length));
    expect(params.get('subject')).toBe('Services I saved from the Anytown SEND Local Offer');
    expect(params.get('body')).toBe(
      [
        'Services I saved from the Anytown SEND Local Offer:',
        '',
        '1. Swim club',
        '   https://localoffer.example.gov.uk/services/swim-club/',
        '2. Play & stay',
        '   https://localoffer.example.gov.uk/services/play-scheme/',
        '',
        'Open the same shortlist:',
        'https://localoffer.example.gov.uk/services/shortlist/?ids=swim-club,play-scheme',
        '',
      ].join('\n'),
    );
  });

  it('says what was shared, and what is no longer there', () => {
    expect(sharedSentence(3, 0)).toBe('A shortlist of 3 services was shared with you.');
    expect(sharedSentence(1, 1)).toBe('A shortlist of 1 service was shared with you. 1 service in the link is no longer in the directory.');
    expect(sharedSentence(0, 2)).toBe('This shared shortlist has no services in it. 2 services in the link are no longer in the directory.');
  });
});
