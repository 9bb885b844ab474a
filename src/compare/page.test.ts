import { describe, expect, it } from 'vitest';
import { comparePage, type CompareView } from './view';

/** Only what the page adds to the view is read here. */
const view = (isSample: boolean) =>
  ({ release: '2025 release', sourceFiles: ['a.csv', 'b.csv'], neighboursSource: 'DfE statistical neighbours', isSample }) as CompareView;

describe('the comparison page', () => {
  it('says where the figures come from, when they last changed and when DfE publishes again', () => {
    const page = comparePage(view(false), { updated: '2026-07-01', council: 'Testshire Council', ownFile: 'figures/own.csv' });
    expect(page.dates.map((r) => r.term)).toEqual(['Figures from', 'Last updated', 'Next update']);
    expect(page.dates[0]!.text).toBe('DfE, 2025 release');
    expect(page.dates[1]!.date).toBe('2026-07-01');
  });

  it('names the area’s own monthly file as a source only for a sample area', () => {
    const own = { updated: '2026-07-01', council: 'Testshire Council', ownFile: 'figures/own.csv' };
    expect(comparePage(view(false), own).source).toBe('Department for Education (DfE), 2025 release (a.csv, b.csv); DfE statistical neighbours');
    expect(comparePage(view(true), own).source).toBe('Department for Education (DfE), 2025 release (a.csv, b.csv); DfE statistical neighbours; Testshire Council monthly figures (figures/own.csv)');
  });
});
