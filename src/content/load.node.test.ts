/**
 * CONTENT_DIR can name any folder: a guide's slug comes from its path under
 * the guides folder, never from the folder's own name, so `related` links
 * resolve in a folder called `preview` (or anything) as they do in `content/`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { checkAllContent } from './load.node';

const FIXTURE = 'src/content/__fixtures__/any-folder';
const TODAY = new Date('2026-11-22T12:00:00Z');
const glossary = { entries: [], file: 'glossary.csv' };
const root = mkdtempSync(join(tmpdir(), 'olo-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a content folder of any name', () => {
  it.each(['content', 'preview', 'my-content-next-month', join('nested', 'guides-draft')])('%s: every related link finds its guide', (name) => {
    const dir = join(root, name);
    cpSync(FIXTURE, dir, { recursive: true });
    const problems = checkAllContent(dir, glossary, TODAY);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('still reports a related link to a guide that is not there', () => {
    const dir = join(root, 'broken-preview');
    cpSync(FIXTURE, dir, { recursive: true });
    rmSync(join(dir, 'guides', 'young-people'), { recursive: true });
    const problems = checkAllContent(dir, glossary, TODAY);
    expect(problems.map((p) => [p.column, p.value])).toEqual([['related', 'young-people/your-say']]);
  });
});
