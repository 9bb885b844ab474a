import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { memoryFolder } from '../core/data-folder';
import { readSiteConfig, settingsAt, siteConfigFrom } from './site-file';
import { RELEASE_CONTACT_KEYS, siteConfigSchema } from './site-schema';
import { contrastRatio } from './contrast';

const FILE = 'data/site.yaml';
const TEMPLATE = readFileSync('tests/sample/data/templates/site.yaml', 'utf8');

describe('the site configuration file', () => {
  it('reads the template with no problems', () => {
    const { value, problems } = readSiteConfig(TEMPLATE, FILE);
    expect(problems).toEqual([]);
    expect(value?.sample).toBe(false);
    expect(value?.contact.email).toBe('localoffer@your-council.gov.uk');
  });

  it('names the line, the setting and the value as typed for each mistake, all at once', () => {
    const text = TEMPLATE.replace('email: localoffer@your-council.gov.uk', 'email: localoffer at council').replace('smallNumberThreshold: 5', 'smallNumberThreshold: five');
    const messages = readSiteConfig(text, FILE).problems.map(formatProblem);
    const line = (key: string) => text.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1;
    expect(messages).toEqual([
      expect.stringMatching(new RegExp(`^Error: data/site.yaml, row ${line('email')}, column "contact.email": Found "localoffer at council"\\. Expected `)),
      expect.stringMatching(new RegExp(`^Error: data/site.yaml, row ${line('smallNumberThreshold')}, column "smallNumberThreshold": Found "five"\\. Expected `)),
    ]);
  });

  it('gives a brand colour too pale for white text its ratio, the ratio needed and a darker shade that passes', () => {
    const [p] = readSiteConfig(TEMPLATE.replace('brandColour: "#1d4f91"', 'brandColour: "#4f9bd9"'), FILE).problems;
    expect(p).toMatchObject({ column: 'brandColour', value: '#4f9bd9' });
    const shade = p!.expected.match(/passes: (#[0-9a-f]{6})$/)?.[1];
    expect(p!.expected).toContain(`this one has a contrast of ${contrastRatio('#4f9bd9', '#ffffff').toFixed(2)} to 1 with white`);
    expect(p!.expected).toContain('needs at least 4.5 to 1');
    expect(contrastRatio(shade!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // Only as dark as it needs to be: one step lighter fails.
    expect(contrastRatio(shade!, '#ffffff')).toBeLessThan(4.8);
  });

  it('keeps the path of a site address, with one slash at the end, and refuses an address that is not a web page', () => {
    const siteUrl = (url: string) => readSiteConfig(TEMPLATE.replace(/^siteUrl: .*$/m, `siteUrl: ${url}`), FILE);
    expect(siteUrl('https://www.council.gov.uk/localoffer').value?.siteUrl).toBe('https://www.council.gov.uk/localoffer/');
    expect(siteUrl('https://org.github.io/local-offer/').value?.siteUrl).toBe('https://org.github.io/local-offer/');
    expect(siteUrl('https://localoffer.council.example').value?.siteUrl).toBe('https://localoffer.council.example/');
    for (const bad of ['ftp://council.example/', 'https://council.example/localoffer/?page=1', 'localoffer.council.example']) {
      expect(siteUrl(bad).problems.map(formatProblem), bad).toEqual([expect.stringMatching(/column "siteUrl": Found ".*"\. Expected a web address/)]);
    }
  });

  it('refuses a setting it does not know, such as a misspelling', () => {
    const problems = readSiteConfig(TEMPLATE.replace('areaName:', 'areaname:'), FILE).problems.map(formatProblem);
    expect(problems).toContainEqual(expect.stringMatching(/column "areaname": Found "areaname"\. Expected one of the settings: .*areaName.*\. Did you mean areaName\? Check its spelling/));
    expect(problems).toContainEqual(expect.stringMatching(/column "areaName": Expected a setting "areaName"/));
  });

  it('refuses a misspelt setting at any depth, naming its full path and the nearest known key, with every other problem at once', () => {
    const text = TEMPLATE.replace('phoneHours:', 'phonehours:')
      .replace(/(accessibility:\n  prepared: [\d-]+\n  reviewed: [\d-]+\n)/, '$1  audit:\n    date: 2026-11-01\n    by: The digital team\n    pagetype: [home]\n    unfixed: []\n')
      .replace('smallNumberThreshold: 5', 'smallNumberThreshold: five');
    const line = (key: string) => text.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1;
    const { value, problems } = readSiteConfig(text, FILE);
    expect(value).toBeUndefined();
    const messages = problems.map(formatProblem);
    expect(messages).toHaveLength(4);
    expect(messages).toContainEqual(
      `Error: data/site.yaml, row ${line('phonehours')}, column "contact.phonehours": Found "phonehours". Expected one of the settings under "contact": email, phone, address, phoneHours, form, visit, printedCopies, otherFormats, replyWithinWorkingDays. Did you mean phoneHours? Check its spelling, or delete the line: a setting spelt wrong is not used at all.`,
    );
    expect(messages).toContainEqual(expect.stringMatching(new RegExp(`^Error: data/site.yaml, row ${line('pagetype')}, column "accessibility\\.audit\\.pagetype": Found "pagetype"\\. Expected one of the settings under "accessibility\\.audit": date, by, pageTypes, unfixed\\. Did you mean pageTypes\\?`)));
    // The audit must say what it covered: a misspelling cannot leave it meaning "every kind of page".
    expect(messages).toContainEqual(expect.stringMatching(/column "accessibility\.audit\.pageTypes": Expected a setting "accessibility\.audit\.pageTypes"/));
    expect(messages).toContainEqual(expect.stringMatching(/column "smallNumberThreshold": Found "five"/));
  });

  it('suggests nothing for a key unlike any it knows, and still lists those it does', () => {
    const [p] = readSiteConfig(TEMPLATE.replace('sendiass:\n', 'sendiass:\n  colour: blue\n'), FILE).problems;
    expect(p).toMatchObject({ column: 'sendiass.colour', value: 'colour' });
    expect(p!.expected).toBe(`one of the settings under "sendiass": ${settingsAt(['sendiass']).join(', ')}`);
    expect(p!.fix).not.toMatch(/Did you mean/);
  });

  it('has no loose object anywhere in its schema, so no unknown key can be dropped without a word', () => {
    const loose: string[] = [];
    const walk = (schema: { _zod: { def: unknown } }, path: string): void => {
      const def = schema._zod.def as { type: string; innerType?: typeof schema; in?: typeof schema; element?: typeof schema; shape?: Record<string, typeof schema>; catchall?: typeof schema; options?: (typeof schema)[] };
      if (def.innerType) return walk(def.innerType, path);
      if (def.type === 'pipe' && def.in) return walk(def.in, path);
      if (def.type === 'array' && def.element) return walk(def.element, `${path}[]`);
      for (const option of def.options ?? []) walk(option, path);
      if (def.type !== 'object') return;
      if ((def.catchall?._zod.def as { type?: string } | undefined)?.type !== 'never') loose.push(path || '(top level)');
      for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, path ? `${path}.${key}` : key);
    };
    walk(siteConfigSchema, '');
    expect(loose).toEqual([]);
    // And the walk reaches the nested ones.
    expect(settingsAt(['accessibility', 'audit', 'unfixed', 0])).toEqual(['issue', 'criterion', 'fixBy']);
    expect(settingsAt(['analytics', 'cookies', 0])).toEqual(['name', 'purpose', 'lasts']);
  });

  it('says where the accessibility statement\'s date has moved to', () => {
    const text = TEMPLATE.replace(/accessibility:\n  prepared: [\d-]+\n  reviewed: [\d-]+\n/, 'accessibilityReviewed: 2026-01-01\n');
    const messages = readSiteConfig(text, FILE).problems.map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/column "accessibilityReviewed": Found "accessibilityReviewed"\. Expected one of the settings: .* This setting has moved: write an "accessibility:" block with "prepared:" and "reviewed:" dates/));
    expect(messages).toContainEqual(expect.stringMatching(/column "accessibility": Expected a setting "accessibility"/));
  });

  it('reads the Local Offer\'s contact channels, analytics and release contacts, and refuses what cannot be true', () => {
    const extra = [
      'analytics:',
      '  name: Counter',
      '  script: http://stats.example/count.js',
      '  collects: which pages are visited',
      'releases:',
      '  contact: statistics@council.example',
      '  contacts:',
      '    improvement-plan: plan@council.example',
      '    ehcp-timelines: typo@council.example',
    ].join('\n');
    const text = `${TEMPLATE.replace(/releases:\n  contact: .*\n/, '')}${extra}\n`;
    const messages = readSiteConfig(text, FILE).problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringMatching(/column "analytics\.script": Found "http:\/\/stats\.example\/count\.js"\. Expected a web address starting https:\/\//),
      expect.stringContaining(`column "releases.contacts.ehcp-timelines": Found "ehcp-timelines". Expected one of the settings under "releases.contacts": ${RELEASE_CONTACT_KEYS.join(', ')}. Did you mean ehcp-timeliness?`),
    ]);
    const good = readSiteConfig(text.replace('http://', 'https://').replace(/    ehcp-timelines: .*\n/, ''), FILE);
    expect(good.problems).toEqual([]);
    expect(good.value?.releases?.contacts).toEqual({ 'improvement-plan': 'plan@council.example' });
    expect(good.value?.contact).toMatchObject({ printedCopies: true, otherFormats: ['large print', 'easy read'], replyWithinWorkingDays: 20 });
    expect(good.value?.privacy).toEqual({});
  });

  it('says where a line cannot be read at all', () => {
    const { value, problems } = readSiteConfig('areaName: A\n  council: B\n: :\n', FILE);
    expect(value).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: FILE, row: expect.any(Number), severity: 'error' });
    expect(problems[0]!.expected).toMatch(/^settings written as "key: value"/);
  });

  it('is required: a data folder without one says how to make it', () => {
    const { value, problems } = siteConfigFrom(memoryFolder(new Map()));
    expect(value).toBeUndefined();
    expect(formatProblem(problems[0]!)).toBe('Error: data/site.yaml: Expected a file called site.yaml in data. Every site needs one: copy data/templates/site.yaml and fill it in (see docs/new-area.md).');
  });
});

describe('the sample and a real council', () => {
  const SAMPLE = readFileSync('tests/sample/data/site.yaml', 'utf8');
  it('the sample says sample: true, with its made-up addresses, and passes', () => {
    expect(readSiteConfig(SAMPLE, FILE).problems).toEqual([]);
  });

  it('refuses the sample published under a real address', () => {
    const real = SAMPLE.replace(/^siteUrl: .*$/m, 'siteUrl: https://www.bristol.gov.uk/localoffer/');
    const [p] = readSiteConfig(real, FILE).problems;
    expect(p).toMatchObject({ severity: 'error', column: 'siteUrl', value: 'https://www.bristol.gov.uk/localoffer/', row: real.split('\n').findIndex((l) => l.startsWith('siteUrl:')) + 1 });
    expect(formatProblem(p!)).toMatch(/because this file says sample: true: .* would be published as .*'s\. To start your own area, run npm run new-area/);
  });

  it('warns when a real area keeps a made-up address', () => {
    const problems = readSiteConfig(TEMPLATE.replace(/^siteUrl: .*$/m, 'siteUrl: https://localoffer.testshire.example/'), FILE).problems;
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', column: 'siteUrl' })]);
  });
});
