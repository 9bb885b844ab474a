import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from './content-check';
import { formatProblem } from '../core/problems';
import { readGlossary } from './glossary/glossary';

const glossaryFrom = (file: string, bytes: Uint8Array) => ({ entries: readGlossary(bytes, file).value, file });

const root = fileURLToPath(new URL('../../', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const read = (dir: string, files: string[]) => files.map((f) => ({ path: relative(root, f).replace(/\\/g, '/'), name: relative(dir, f).replace(/\\/g, '/'), source: readFileSync(f, 'utf8') }));

const shipped = {
  guides: read(join(root, 'tests/sample/content/guides'), walk(join(root, 'tests/sample/content/guides')).filter((f) => f.endsWith('.mdx'))),
  updates: read(join(root, 'tests/sample/content/updates'), walk(join(root, 'tests/sample/content/updates')).filter((f) => f.endsWith('.md'))),
  glossary: glossaryFrom('content/glossary.csv', readFileSync(join(root, 'tests/sample/content/glossary.csv'))),
  publicFiles: walk(join(root, 'public')).map((f) => `/${relative(join(root, 'public'), f).replace(/\\/g, '/')}`),
};

describe('the shipped content', () => {
  it('has no errors and no warnings', () => {
    const problems = checkContent({ ...shipped, today: '2026-11-22' });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has the guides the Local Offer needs, including three easy-read guides', () => {
    expect(shipped.guides.length).toBeGreaterThanOrEqual(10);
    expect(shipped.guides.filter((g) => /format: easy-read/.test(g.source)).length).toBeGreaterThanOrEqual(3);
  });
});

const glossary = glossaryFrom('content/glossary.csv', new TextEncoder().encode('term,abbreviation,meaning\nSpecial educational needs co-ordinator,SENCO,A teacher.\n'));
const front = (extra = '') =>
  `---\ntitle: A guide\nsummary: About things.\naudience: parents-carers\nformat: standard\ntopics: [ehcp]\nreviewed: 2026-01-01\nnext_review: 2027-01-01\n${extra}---\n\n`;

describe('checkContent', () => {
  it('combines frontmatter, readability and abbreviation problems, naming each guide', () => {
    const problems = checkContent({
      glossary,
      guides: [
        { path: 'content/guides/a.mdx', name: 'a.mdx', source: front().replace('audience: parents-carers', 'audience: parent') + 'Plain text.\n' },
        { path: 'content/guides/b.mdx', name: 'b.mdx', source: front() + 'Ask the the CAMHS team.\n' },
      ],
    });
    expect(problems.map((p) => [p.file, p.column, p.value])).toEqual([
      ['content/guides/a.mdx', 'audience', 'parent'],
      ['content/guides/b.mdx', 'text', 'the the'],
      ['content/guides/b.mdx', 'text', 'CAMHS'],
    ]);
    expect(formatProblem(problems[0]!)).toBe('Error: content/guides/a.mdx, row 4, column "audience": Found "parent". Expected one of: parents-carers, young-people, professionals.');
  });

  it('checks related slugs, duplicate slugs, review dates and pictures', () => {
    const problems = checkContent({
      glossary,
      today: '2027-02-01',
      publicFiles: ['/images/easy-read/plan.svg'],
      guides: [
        { path: 'content/guides/a.mdx', name: 'a.mdx', source: front('related: [nope]\n') + 'Text.\n\n![](/images/easy-read/plan.svg)\n\n![A cat](/images/missing.svg)\n' },
        { path: 'content/guides/sub/A.mdx', name: 'sub/A.mdx', source: front() + 'Text.\n' },
        { path: 'content/guides/sub/a.mdx', name: 'sub/a.mdx', source: front() + 'Text.\n' },
      ],
    });
    const summary = problems.map((p) => `${p.severity} ${p.file} ${p.column ?? ''} ${p.expected}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'error content/guides/sub/a.mdx  a file name no other guide uses',
        'error content/guides/a.mdx related the slug of another guide',
        'warning content/guides/a.mdx next_review a review date that has not passed',
        expect.stringMatching(/^error content\/guides\/a.mdx text a text alternative/),
        'error content/guides/a.mdx text a picture that exists in the public folder',
      ]),
    );
  });

  it('warns when an easy-read guide has no pictures', () => {
    const problems = checkContent({ glossary, guides: [{ path: 'g.mdx', name: 'g.mdx', source: front().replace('format: standard', 'format: easy-read') + 'You have a plan.\n' }] });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', expected: 'pictures beside the text in an easy-read guide' })]);
  });

  it('checks a recording: each field it needs, and that its file is in public/', () => {
    const audio = (lines: string) => front(`audio:\n${lines}`) + 'Text.\n';
    const problems = checkContent({
      glossary,
      publicFiles: ['/audio/here.mp3'],
      guides: [
        { path: 'content/guides/fine.mdx', name: 'fine.mdx', source: audio('  file: /audio/here.mp3\n  duration: "1:05"\n  description: The start, read aloud.\n') },
        { path: 'content/guides/gone.mdx', name: 'gone.mdx', source: audio('  file: /audio/gone.mp3\n  duration: "0:40"\n  description: The start, read aloud.\n') },
        { path: 'content/guides/bad.mdx', name: 'bad.mdx', source: audio('  file: audio/here.doc\n  duration: 1 minute\n') },
        { path: 'content/guides/flat.mdx', name: 'flat.mdx', source: front('audio: /audio/here.mp3\n') + 'Text.\n' },
      ],
    });
    expect(problems.map(formatProblem)).toEqual([
      'Error: content/guides/gone.mdx, row 10, column "audio": Found "/audio/gone.mp3". Expected a recording that exists in the public folder. Add the file public/audio/gone.mp3, or correct the path after "file:".',
      expect.stringMatching(/^Error: content\/guides\/bad.mdx, row 9, column "audio": Found ".*audio\/here.doc.*". Expected audio.file: a file in the public folder, written from the site's root, such as \/audio\/guide-name.mp3/),
      expect.stringMatching(/^Error: content\/guides\/bad.mdx, row 9, column "audio": .*Expected audio.duration: how long the recording is, as minutes:seconds in quotes, such as "2:05"/),
      expect.stringMatching(/^Error: content\/guides\/bad.mdx, row 9, column "audio": .*Expected audio.description: one sentence saying what the recording covers/),
      'Error: content/guides/flat.mdx, row 9, column "audio": Found "/audio/here.mp3". Expected a recording described on three indented lines: file, duration and description.',
    ]);
  });

  it('includes update problems', () => {
    const problems = checkContent({
      glossary,
      guides: [],
      updates: [{ path: 'content/updates/x.md', source: '---\ntitle: X\ndate: 2026-01-01\ntype: news\n---\n' }],
    });
    expect(problems.map((p) => [p.file, p.column])).toEqual([['content/updates/x.md', 'summary']]);
  });
});
