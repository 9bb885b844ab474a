import { describe, expect, it } from 'vitest';
import { buildPhases, codeOwner, medianBy, renderingBySection, summariseCpuProfile, type TimedLine } from './build-profile';

const log: TimedLine[] = [
  { ms: 900, text: '11:04:13 [content] Syncing content' },
  { ms: 2400, text: '11:04:14 \x1b[34m[content]\x1b[39m Synced content' },
  { ms: 2500, text: '11:04:14 [types] Generated 4.03s' },
  { ms: 3000, text: '11:04:15 [build] Building static entrypoints...' },
  { ms: 7000, text: ' generating static routes ' },
  { ms: 7100, text: '11:04:20   ├─ /services/a/index.html (+12ms) ' },
  { ms: 7200, text: '11:04:20   ├─ /services/b/index.html (+8ms) ' },
  { ms: 7300, text: '11:04:20   └─ /guides/index.html (+1.5s) ' },
  { ms: 7400, text: '11:04:20   ├─ /404.html (+138ms) ' },
  { ms: 9000, text: '11:04:22 [build] 4 page(s) built in 2.1s' },
];

describe('buildPhases', () => {
  it('splits the build at the lines that start each phase, and the phases add up to the whole', () => {
    const phases = buildPhases(log, 9500);
    expect(phases).toEqual([
      { name: 'start-up and config', ms: 900 },
      { name: 'content sync (loaders, data store)', ms: 1500 },
      { name: 'types and build info', ms: 600 },
      { name: 'bundling (vite)', ms: 4000 },
      { name: 'rendering pages', ms: 2000 },
      { name: 'finishing (sitemap, assets)', ms: 500 },
    ]);
    expect(phases.reduce((n, p) => n + p.ms, 0)).toBe(9500);
  });

  it('leaves out a phase whose line never appeared', () => {
    expect(buildPhases([{ ms: 100, text: 'generating static routes' }], 300).map((p) => p.name)).toEqual(['start-up and config', 'rendering pages']);
  });
});

describe('renderingBySection', () => {
  it('adds up the per-page times by the first part of the address', () => {
    expect(renderingBySection(log)).toEqual([
      { section: '/guides', pages: 1, ms: 1500 },
      { section: '/404.html', pages: 1, ms: 138 },
      { section: '/services/…', pages: 2, ms: 20 },
    ]);
  });
});

describe('CPU profile summary', () => {
  it('names the owner of a function: a package, our file, node or V8', () => {
    expect(codeOwner('file:///w/node_modules/@astrojs/mdx/dist/index.js', 'x')).toBe('@astrojs/mdx');
    expect(codeOwner('file:///w/node_modules/.pnpm/zod/node_modules/zod/v4/core.js', 'x')).toBe('zod');
    expect(codeOwner('file:///w/src/core/csv.ts', 'readCsvBytes')).toBe('src/core/csv.ts');
    expect(codeOwner('node:internal/fs/utils', 'x')).toBe('node');
    expect(codeOwner('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('adds self time by function and by owner, largest first', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });
    const summary = summariseCpuProfile({
      nodes: [
        { id: 1, callFrame: frame('(root)', '') },
        { id: 2, callFrame: frame('parse', 'file:///w/node_modules/papaparse/papaparse.js') },
        { id: 3, callFrame: frame('readServices', 'file:///w/src/directory/services.ts') },
      ],
      samples: [2, 3, 2, 2],
      timeDeltas: [1000, 2000, 1000, 500],
    });
    expect(summary.totalMs).toBe(4.5);
    expect(summary.functions[0]).toEqual({ name: 'parse papaparse:10', ms: 2.5 });
    expect(summary.owners).toEqual([
      { name: 'papaparse', ms: 2.5 },
      { name: 'src/directory/services.ts', ms: 2 },
    ]);
  });
});

describe('medianBy', () => {
  it('picks the run in the middle, whole, by the figure given', () => {
    const runs = [{ total: 14.1, cpu: 20 }, { total: 12.2, cpu: 18 }, { total: 19.9, cpu: 30 }];
    expect(medianBy(runs, (r) => r.total)).toEqual({ total: 14.1, cpu: 20 });
    expect(medianBy(runs, (r) => r.cpu)).toBe(runs[0]);
  });

  it('takes the lower of the two in the middle of an even number, and the only one of one', () => {
    expect(medianBy([4, 1, 3, 2], (n) => n)).toBe(2);
    expect(medianBy([7], (n) => n)).toBe(7);
    expect(() => medianBy([], (n: number) => n)).toThrow();
  });
});
