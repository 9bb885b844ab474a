import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { getDataset, heldDatasets, MissingDatasetError } from '../core/held-datasets';
import { SAMPLE_TODAY } from '../../tests/sample/sample-area';
import { memoryFolder } from '../core/data-folder';
import { dataFrom } from './data';
import { holdForPages } from './hold';

const enc = (s: string) => new TextEncoder().encode(s);
const SITE = readFileSync('tests/sample/data/templates/site.yaml', 'utf8').replace('areaName: Your area', 'areaName: Testshire');
const EHCP = 'month,plans_issued_den,plans_issued_within_20_weeks\n2026-09,40,20\n2026-10,50,30\n';

afterEach(() => heldDatasets.clear());

describe('what the build holds for the pages', () => {
  it('holds the configuration, each dataset the area publishes, and the facts; not the ones it does not', async () => {
    const folder = memoryFolder(new Map([['site.yaml', enc(SITE)], ['ehcp-timeliness.csv', enc(EHCP)], ['ehcp-national.csv', enc('time_period,pc_plans_issued_within_20_weeks\n')]]));
    const data = dataFrom(folder, SAMPLE_TODAY);
    expect(data.datasets.plan).toBeUndefined();
    const present = holdForPages({ ...data, glossary: { value: { entries: [], file: 'g.csv' }, problems: [] }, revisions: { value: [], problems: [] } }, SAMPLE_TODAY);
    expect(present).toEqual(['ehcp', 'changes']);
    expect((await getDataset<{ areaName: string }>('site')).areaName).toBe('Testshire');
    expect((await getDataset<ReadonlyMap<string, string>>('facts')).get('ehcp.latest.percent')).toBe('60%');
    await expect(getDataset('plan')).rejects.toBeInstanceOf(MissingDatasetError);
  });
});
