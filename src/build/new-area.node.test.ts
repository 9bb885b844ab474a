/**
 * Issue 22's "done when", tried as a new council would: the frozen sample,
 * turned by `newArea` into a real local authority's start (its DfE figures and
 * statistical neighbours imported), passes check-data, builds, passes the site
 * check, and no built page, download or feed names the sample area, its
 * council, its postcodes or its phone numbers. One build, in a copy of the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../tests/support/project-copy';
import { SAMPLE_TODAY } from '../../tests/sample/sample-area';
import { parseCsv } from '../core/csv';
import { diskFolder } from '../core/files.node.ts';
import { sharedFixture } from '../core/shared-fixtures.node.ts';
import { readSiteConfig, SITE_CONFIG_FILE } from '../config/site-file';
import { isPresent } from './data';
import { newArea, type NewAreaAnswers } from './new-area.node.ts';
import { DATASETS } from './registry';
import { firstUpdateDue } from '../ehcp/open-data';
import { noFiguresYet } from '../ehcp/view';
import { contactView } from '../local-offer/information';

/** A real local authority in DfE's release (Bristol, 801), with contact details of the kind a council gives (Ofcom's drama numbers for Bristol). */
const BRISTOL: NewAreaAnswers = {
  name: 'Bristol',
  council: 'Bristol City Council',
  url: 'https://www.bristol.gov.uk/localoffer/',
  email: 'localoffer@bristol.example',
  phone: '0117 496 0000',
  address: 'City Hall, College Green, Bristol BS1 5TR',
  sendiassName: 'SENDIASS Bristol',
  sendiassPhone: '0117 496 0123',
  sendiassEmail: 'support@sendiass-bristol.example',
  dfe: sharedFixture('dfe-sen2-2025'),
  la: '801',
  neighbours: sharedFixture('dfe-statistical-neighbours', 'sn_may_2025.xlsx'),
};

/** Text files a visitor or a program can fetch: pages, downloads, feeds, the sitemap. Not the bundled scripts and fonts, nor the search index. */
const PUBLISHED = /\.(html|csv|json|xml|ics|txt)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : files(full);
    return PUBLISHED.test(name) ? [full] : [];
  });
}

/** What names the sample, read from the frozen sample itself: its area, council, email domain, dialling code and postcode area. */
function sampleMarks(dataDir: string): { label: string; pattern: RegExp }[] {
  const site = readSiteConfig(readFileSync(join(dataDir, SITE_CONFIG_FILE), 'utf8'), SITE_CONFIG_FILE).value!;
  const districts = parseCsv(readFileSync(join(dataDir, 'postcode-districts.csv'), 'utf8'), 'postcode-districts.csv', { required: ['district'] }).table.rows.map((r) => r.cells['district']!);
  const postcodeArea = districts[0]!.match(/^[A-Z]+/)![0];
  const diallingCode = site.contact.phone.split(/\s/)[0]!;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    { label: `the area's name (${site.areaName})`, pattern: new RegExp(escape(site.areaName), 'i') },
    { label: `the council (${site.council})`, pattern: new RegExp(escape(site.council), 'i') },
    { label: `the email domain (${site.contact.email.split('@')[1]})`, pattern: new RegExp(escape(site.contact.email.split('@')[1]!), 'i') },
    { label: `the dialling code (${diallingCode})`, pattern: new RegExp(escape(diallingCode)) },
    // A postcode or district of the area: NB1, NB12 3AB (not "NB" in a word).
    { label: `the postcode area (${postcodeArea})`, pattern: new RegExp(`\\b${postcodeArea}\\d{1,2}\\b`) },
  ];
}

let root: string;
let marks: { label: string; pattern: RegExp }[];
let report: Awaited<ReturnType<typeof newArea>>;
type Run = { status: number | null; stdout: string; stderr: string };
let checkData: Run;
let build: Run;
const run = (command: string, args: string[]): Run => {
  // The copy's own data/ and content/ (not the frozen sample the unit tests point at); "today" stays pinned.
  const { DATA_DIR: _data, CONTENT_DIR: _content, DIST_DIR: _dist, ...env } = process.env;
  return spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...env, GITHUB_BASE_REF: '', GITHUB_EVENT_NAME: '', HISTORY_BASE: '' } });
};

beforeAll(async () => {
  root = projectCopy();
  marks = sampleMarks(join(root, 'data'));
  report = await newArea(join(root, 'data'), join(root, 'content'), BRISTOL, SAMPLE_TODAY);
  checkData = run(join('node_modules', '.bin', 'tsx'), ['scripts/check-data.ts']);
  build = run(process.execPath, ['--env-file=build.env', join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a council turns the sample into its own start (npm run new-area)', () => {
  it('imports its DfE figures and takes out the sample, with no problems', () => {
    expect(report.problems).toEqual([]);
    expect(report.done.join('\n')).toMatch(/Local authority: Bristol, City of \(801/);
  });

  it('passes check-data with no errors', () => {
    expect(checkData.stdout + checkData.stderr).toMatch(/Data check: 0 errors/);
    expect(checkData.status).toBe(0);
  });

  it('promises nothing the council has not said it does, and its site.yaml says what it can add', () => {
    const yaml = readFileSync(join(root, 'data', SITE_CONFIG_FILE), 'utf8');
    const { contact } = readSiteConfig(yaml, SITE_CONFIG_FILE).value!;
    expect(contact).toMatchObject({ printedCopies: false, otherFormats: [] });
    expect(contact.visit).toBeUndefined();
    // Each optional way to reach the council is named in a comment, for the council to fill in.
    const comments = yaml.split('\n').filter((line) => line.trimStart().startsWith('#')).join('\n');
    for (const key of ['phoneHours', 'visit', 'printedCopies', 'otherFormats', 'form', 'replyWithinWorkingDays', 'releases.contact']) expect(comments).toContain(key);
    // Until it does, check-data asks how families without the internet get the information (regulation 57).
    expect(checkData.stdout + checkData.stderr).toMatch(/Warning: .*site\.yaml, column "contact\.printedCopies".*regulation 57/);
    const contactPage = readFileSync(join(root, 'dist', 'contact', 'index.html'), 'utf8');
    const { lede } = contactView(readSiteConfig(yaml, SITE_CONFIG_FILE).value!);
    expect(lede).not.toMatch(/visit us|all the information/i);
    expect(contactPage).toContain(lede);
  });

  it('builds', () => {
    expect(build.stderr + build.stdout).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
  });

  it('names the sample nowhere: no page, download or feed', () => {
    const dist = join(root, 'dist');
    const published = files(dist);
    // Pages, the open data, the updates feed, the release calendar and the sitemap are all looked at.
    for (const expected of ['index.html', 'open-data/ehcp-timeliness.csv', 'open-data/compare.json', 'updates/rss.xml', 'data/calendar.ics', 'sitemap-0.xml']) {
      expect(published.map((f) => relative(dist, f))).toContain(expected);
    }
    const found = published.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return marks.flatMap(({ label, pattern }) => {
        const at = text.search(pattern);
        return at < 0 ? [] : [`${relative(dist, file)} gives ${label}: …${text.slice(Math.max(0, at - 60), at + 40).replace(/\s+/g, ' ')}…`];
      });
    });
    expect(found).toEqual([]);
    // And it does name the council that now publishes it.
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(BRISTOL.council);
  });

  it('builds no page of a dataset it does not publish (no improvement plan, no indicators)', () => {
    const folder = diskFolder(join(root, 'data'));
    const absent = DATASETS.filter((d) => !isPresent(d, folder)).flatMap((d) => [...d.pages]);
    expect(absent).toContain('/progress/');
    for (const page of absent) expect(existsSync(join(root, 'dist', page)), page).toBe(false);
  });

  it('says what a family needs before anything is published: no figures yet, and when they are due', () => {
    const ehcp = readFileSync(join(root, 'dist', 'data', 'ehcp-timeliness', 'index.html'), 'utf8');
    // Due by the publishing day the configuration keeps, after the pinned day.
    const { dayOfMonth } = readSiteConfig(readFileSync(join(root, 'data', SITE_CONFIG_FILE), 'utf8'), SITE_CONFIG_FILE).value!.ehcpSchedule;
    expect(ehcp).toContain(noFiguresYet(firstUpdateDue(SAMPLE_TODAY, dayOfMonth).due));
    expect(ehcp).not.toContain('<table');
    const services = readFileSync(join(root, 'dist', 'services', 'index.html'), 'utf8');
    expect(services).toContain('There are no services in the directory yet.');
    expect(services).not.toContain('id="near"');
  });

  it('passes the site check: budgets, links, valid HTML, nothing from other sites', () => {
    const result = run(join('node_modules', '.bin', 'tsx'), ['scripts/check-site.ts']);
    expect(result.stdout + result.stderr).toContain('Site check passed.');
    expect(result.status).toBe(0);
  }, 120_000); // a process that reads and validates every page: about 15 s alone, over 30 s on a busy machine
});
