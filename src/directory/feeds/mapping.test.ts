import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../core/problems';
import { readMapping } from './mapping';
import { taxonomy } from './__fixtures__/helpers';

const read = (text: string) => readMapping(new TextEncoder().encode(text), 'data/directory-mapping.csv', taxonomy);

describe('the mapping file', () => {
  it('maps a feed term to categories, needs and areas by id or label, forgiving the case of the term', () => {
    const { value, problems } = read('feed_term,feed_label,maps_to\nesdServiceType:160,Short breaks,short-breaks; Autism; marston\nOUTPOST:all,,all\nignored:term,,\n');
    expect(problems).toEqual([]);
    expect(value.terms.get('esdservicetype:160')).toEqual({ categories: ['short-breaks'], needs: ['autism'], areas: ['marston'], wholeArea: false });
    expect(value.terms.get('outpost:all')).toMatchObject({ wholeArea: true });
    expect(value.terms.get('ignored:term')).toEqual({ categories: [], needs: [], areas: [], wholeArea: false });
  });

  it('reads the defaults a person chose', () => {
    const { value, problems } = read('feed_term,maps_to\ndefault:cost,Varies\ndefault:referral,self\ndefault:age_min,0\ndefault:age_max,25\ndefault:area,hollins; westfield\n');
    expect(problems).toEqual([]);
    expect(value.defaults).toEqual({ cost: 'varies', referral: 'self', age_min: 0, age_max: 25, area: { categories: [], needs: [], areas: ['hollins', 'westfield'], wholeArea: false } });
  });

  it('reports every problem with its row, column and a fix', () => {
    const { problems } = read('feed_term,maps_to\nesd:1,shortbreaks\ndefault:cost,maybe\ndefault:age_max,30\ndefault:colour,blue\nESD:1,education\ndefault:area,education\n');
    expect(problems.map(formatProblem)).toEqual([
      'Error: data/directory-mapping.csv, row 2, column "maps_to": Found "shortbreaks". Expected ids from data/taxonomy.csv (categories, needs or areas) or all, but "shortbreaks" is not one. Did you mean short-breaks?',
      'Error: data/directory-mapping.csv, row 3, column "maps_to": Found "maybe". Expected one of: free, free-for-some, paid, varies.',
      'Error: data/directory-mapping.csv, row 4, column "maps_to": Found "30". Expected an age in whole years from 0 to 25.',
      'Error: data/directory-mapping.csv, row 5, column "feed_term": Found "default:colour". Expected one of default:cost, default:referral, default:area, default:age_min, default:age_max. Rows starting default: say what to write when the feed is silent.',
      'Error: data/directory-mapping.csv, row 6, column "feed_term": Found "ESD:1". Expected each feed term once. It is also on row 2. Delete one of the two rows.',
      'Error: data/directory-mapping.csv, row 7, column "maps_to": Found "education". Expected area ids from data/taxonomy.csv, or all.',
    ]);
  });

  it('the committed mapping and its template are valid', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['tests/sample/data/directory-mapping.csv', 'tests/sample/data/templates/directory-mapping.csv']) {
      expect(readMapping(readFileSync(file), file, taxonomy).problems, file).toEqual([]);
    }
  });
});

describe('check-data', () => {
  it('checks the mapping and id files when they are there, and is quiet when they are not', async () => {
    const { mkdtempSync, copyFileSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { checkFeedFiles } = await import('./check.node');
    const dir = mkdtempSync(join(tmpdir(), 'feed-files-'));
    const checked = { value: taxonomy, problems: [] };
    try {
      copyFileSync('tests/sample/data/taxonomy.csv', join(dir, 'taxonomy.csv'));
      expect(checkFeedFiles(dir, checked)).toEqual([]);
      writeFileSync(join(dir, 'directory-mapping.csv'), 'feed_term,maps_to\nx,nonsense\n');
      writeFileSync(join(dir, 'directory-ids.csv'), 'feed_id,id\n1,a\n1,b\n');
      expect(checkFeedFiles(dir, checked).map((p) => [p.file.endsWith('directory-mapping.csv') ? 'mapping' : 'ids', p.row, p.column])).toEqual([
        ['mapping', 2, 'maps_to'],
        ['ids', 3, 'feed_id'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
