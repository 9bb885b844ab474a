import { describe, expect, it } from 'vitest';
import { firstPicture, guideHref, guideHub, guideHubs, relatedForPage, type HubGuide } from './hubs';

const g = (slug: string, audience: HubGuide['data']['audience'], order?: number, format: HubGuide['data']['format'] = 'standard'): HubGuide => ({
  slug,
  data: { title: slug.replace(/-/g, ' '), topics: ['x'], audience, format, ...(order === undefined ? {} : { order }) },
});

describe('guideHubs', () => {
  it('splits guides by audience, each list by order then title', () => {
    const hubs = guideHubs([
      g('zebra', 'parents-carers'),
      g('annual-reviews', 'parents-carers', 5),
      g('apples', 'parents-carers'),
      g('local-offer', 'parents-carers', 1),
      g('young-people/plan', 'young-people', 2, 'easy-read'),
      g('young-people/say', 'young-people', 1, 'easy-read'),
      g('for-schools', 'professionals'),
    ]);
    expect(hubs.parentsCarers.map((x) => x.slug)).toEqual(['local-offer', 'annual-reviews', 'apples', 'zebra']);
    expect(hubs.youngPeople.map((x) => x.slug)).toEqual(['young-people/say', 'young-people/plan']);
    expect(hubs.professionals.map((x) => x.slug)).toEqual(['for-schools']);
  });

  it('gives empty lists when there are no guides', () => {
    expect(guideHubs([])).toEqual({ parentsCarers: [], professionals: [], youngPeople: [] });
  });
});

describe('guide addresses and breadcrumbs', () => {
  it('puts every guide under /guides/, keeping sub-folders', () => {
    expect(guideHref('ehcp-process')).toBe('/guides/ehcp-process/');
    expect(guideHref('young-people/what-is-an-ehc-plan')).toBe('/guides/young-people/what-is-an-ehc-plan/');
  });

  it('leads young people’s and easy-read guides back to the young people hub', () => {
    expect(guideHub({ audience: 'young-people', format: 'easy-read' }).href).toBe('/young-people/');
    expect(guideHub({ audience: 'parents-carers', format: 'easy-read' }).href).toBe('/young-people/');
    expect(guideHub({ audience: 'parents-carers', format: 'standard' })).toEqual({ href: '/guides/', label: 'Guides' });
  });
});

describe('firstPicture', () => {
  it('finds the first Markdown picture and its text alternative', () => {
    const body = '## What it is\n\n![A plan: a sheet of paper](/images/easy-read/plan.svg)\n\nText.\n\n![A person](/images/easy-read/person.svg)';
    expect(firstPicture(body)).toEqual({ alt: 'A plan: a sheet of paper', src: '/images/easy-read/plan.svg' });
  });

  it('copes with a title and angle brackets, and with no picture', () => {
    expect(firstPicture('![Phone](</images/phone.svg> "Call us")')).toEqual({ alt: 'Phone', src: '/images/phone.svg' });
    expect(firstPicture('No pictures [a link](/x/) here.')).toBeUndefined();
  });
});

describe('relatedForPage', () => {
  const guide = (slug: string, audience: HubGuide['data']['audience'], topics: string[], related?: string[]): HubGuide => ({
    slug,
    data: { title: slug, topics, audience, format: audience === 'young-people' ? 'easy-read' : 'standard', ...(related ? { related } : {}) },
  });
  const all = [
    guide('young-people/plan', 'young-people', ['ehcp']),
    guide('young-people/say', 'young-people', ['ehcp', 'annual-review']),
    guide('young-people/moving-on', 'young-people', ['adulthood'], ['young-people/plan', 'preparing-for-adulthood']),
    guide('asking', 'parents-carers', ['ehcp']),
    guide('annual-reviews', 'parents-carers', ['ehcp', 'annual-review']),
    guide('preparing-for-adulthood', 'parents-carers', ['adulthood']),
  ];

  it('suggests guides for the same audience that share a topic', () => {
    expect(relatedForPage(all[0]!, all).map((g) => g.slug)).toEqual(['young-people/say']);
    expect(relatedForPage(all[3]!, all).map((g) => g.slug)).toEqual(['annual-reviews']);
  });

  it('keeps guides a writer named, whoever they are for, first', () => {
    expect(relatedForPage(all[2]!, all).map((g) => g.slug)).toEqual(['young-people/plan', 'preparing-for-adulthood']);
  });
});
