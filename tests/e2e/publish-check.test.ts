/**
 * /publish/check/ in Chromium: good and bad files, chosen with the file input
 * or dropped, give exactly the messages `npm run check-data` prints for the
 * same file in the same place, against the same published files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, WCAG_AA } from '../support/axe';
import { useBrowser } from '../support/browser';
import { buildDate } from '../../src/core/build-date';
import { contentDir, dataDir, displayPath } from '../../src/core/files.node.ts';
import { sharedFixture } from '../../src/core/shared-fixtures.node.ts';

const baseUrl = inject('baseUrl');
const PATH = '/publish/check/';
const browser = useBrowser();
const project = resolve('.');
let root = '';

/** A repository holding a committed copy of the data the site was built from: what is "published". */
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'olo-check-page-'));
  cpSync(dataDir(), join(root, 'data'), { recursive: true });
  symlinkSync(contentDir(), join(root, 'content'));
  symlinkSync(join(project, 'public'), join(root, 'public'));
  const env = { ...process.env, GIT_AUTHOR_NAME: 'C', GIT_AUTHOR_EMAIL: 'c@example.org', GIT_COMMITTER_NAME: 'C', GIT_COMMITTER_EMAIL: 'c@example.org' };
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
  execFileSync('git', ['add', 'data'], { cwd: root });
  execFileSync('git', ['commit', '-q', '-m', 'published'], { cwd: root, env });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What check-data prints for the data folder with `contents` at `path` (and any `more` files; `gone` removed): every Error and Warning line. */
function checkDataSays(path: string, contents: string | Buffer, more: Record<string, string | Buffer> = {}, gone: string[] = []): string[] {
  for (const [name, text] of Object.entries({ [path]: contents, ...more })) writeFileSync(join(root, 'data', name), text);
  for (const name of gone) rmSync(join(root, 'data', name));
  try {
    // As on a computer: no CI variables, the data and content folders of the copy (on the sample's pinned day, BUILD_DATE).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|HISTORY_BASE$|DATA_DIR$|CONTENT_DIR$)/.test(k)));
    const result = spawnSync(join(project, 'node_modules', '.bin', 'tsx'), [join(project, 'scripts', 'check-data.ts')], { cwd: root, encoding: 'utf8', env });
    // A problem that follows from another is indented under it.
    return result.stdout.split('\n').filter((line) => /^\s*(Error|Warning): /.test(line)).map((line) => line.trim());
  } finally {
    execFileSync('git', ['checkout', '-q', '--', '.'], { cwd: root });
    execFileSync('git', ['clean', '-qfd', 'data'], { cwd: root });
  }
}

async function open(): Promise<Page> {
  // A page in its own context, as axe needs.
  const page = await (await browser.newContext()).newPage();
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  page.on('requestfailed', (r) => failures.push(r.url()));
  (page as Page & { failures: string[] }).failures = failures;
  // The page compares a file with "today" in the browser: the same day check-data is given.
  await page.clock.setFixedTime(buildDate());
  await page.goto(baseUrl + PATH);
  return page;
}

async function check(page: Page, name: string, contents: string | Buffer, more: Record<string, string | Buffer> = {}): Promise<void> {
  const files = Object.entries({ [name]: contents, ...more }).map(([n, c]) => ({ name: n, mimeType: n.endsWith('.csv') ? 'text/csv' : 'application/octet-stream', buffer: Buffer.from(c) }));
  await page.getByLabel('Choose a CSV file').setInputFiles(files);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.locator('[data-results]').waitFor({ state: 'visible' });
}

/** The page's messages; it names guides and updates as the build read them (here from the frozen sample's folder), check-data in its copy as content/. */
const CONTENT = new RegExp(`^((?:Error|Warning): )${displayPath(contentDir())}/`);
const messages = async (page: Page, list: 'error' | 'warning') => (await page.locator(`[data-${list}-list] [data-problem]`).allTextContents()).map((m) => m.replace(CONTENT, '$1content/'));

const published = (path: string) => readFileSync(join(dataDir(), path), 'utf8');

describe('checking a file in the browser', () => {
  it('an EHCP file cut to three months, with a month that does not exist, gets the same errors as check-data, in an error summary that takes focus', async () => {
    const lines = published('ehcp-timeliness.csv').trimEnd().split('\n');
    const bad = [lines[0], ...lines.slice(-3)].join('\n').replace(/\n(\d{4})-\d{2},/, '\n$1-13,') + '\n';
    const expected = checkDataSays('ehcp-timeliness.csv', bad);
    expect(expected.length).toBeGreaterThan(30);
    expect(expected).toContainEqual(expect.stringMatching(/^Error: data\/ehcp-timeliness\.csv, row 2, column "month": Found "\d{4}-13"/));
    expect(expected).toContainEqual(expect.stringMatching(/^Error: data\/ehcp-timeliness\.csv: Expected September 2023 \(row 2 of the version last published\) to be in this file too\./));

    const page = await open();
    await check(page, 'ehcp-timeliness.csv', bad);
    expect(await messages(page, 'error')).toEqual(expected.filter((m) => m.startsWith('Error')));
    expect(await messages(page, 'warning')).toEqual(expected.filter((m) => m.startsWith('Warning')));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('problem-summary');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('[data-results-intro]').textContent()).toBe('Checked as EHCP figures, ehcp-timeliness.csv, in place of data/ehcp-timeliness.csv.');
    expect(await page.locator('[data-success]').isVisible()).toBe(false);
    expect((page as Page & { failures: string[] }).failures).toEqual([]);
    await page.context().close();
  });

  it('a past figure changed without a reason is refused, with the fix; checked with the change log that says why, it is a revision with a preview', async () => {
    const text = published('ehcp-timeliness.csv');
    const lines = text.trimEnd().split('\n');
    const [month, den] = lines[lines.length - 3]!.split(',');
    const revisedRow = lines[lines.length - 3]!.replace(/^(\d{4}-\d{2}),(\d+),/, (_m, m: string, d: string) => `${m},${Number(d) + 2},`);
    const good = [...lines.slice(0, -3), revisedRow, ...lines.slice(-2), '2026-11,95,61,90,60,118,'].join('\n') + '\n';
    const unexplained = checkDataSays('ehcp-timeliness.csv', good);
    expect(unexplained).toEqual([expect.stringMatching(new RegExp(`^Error: data/ehcp-timeliness\\.csv, row \\d+, column "plans_issued_den": .*Put back ${den}, or say why in data/changes\\.csv, with a line such as: \\d{4}-\\d{2}-\\d{2},data/ehcp-timeliness\\.csv,${month},<why, in plain English>`))]);

    const page = await open();
    await check(page, 'ehcp-timeliness.csv', good);
    expect(await messages(page, 'error')).toEqual(unexplained);
    expect(await page.locator('[data-success]').isVisible()).toBe(false);

    const changes = `${published('changes.csv').trimEnd()}\n2026-11-21,data/ehcp-timeliness.csv,${month},Two plans were recorded late.\n`;
    const explained = checkDataSays('ehcp-timeliness.csv', good, { 'changes.csv': changes });
    expect(explained).toEqual([expect.stringMatching(/^Warning: data\/ehcp-timeliness\.csv, row \d+, column "plans_issued_den": .*: this is a revision, because two plans were recorded late\./)]);
    await check(page, 'ehcp-timeliness.csv', good, { 'changes.csv': changes });
    expect(await page.locator('[data-results-heading]').textContent()).toBe('Results for 2 files');
    expect(await messages(page, 'warning')).toEqual(explained);
    expect(await page.locator('[data-problem-summary]').isVisible()).toBe(false);
    expect(await page.locator('[data-success-title]').textContent()).toBe('No errors: these files can be published, but check the warnings');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    const preview = page.locator('[data-preview]');
    expect(await preview.textContent()).toContain('In November 2026, 61 of 95 new plans (64%) were issued within 20 weeks');
    expect(await preview.locator('tbody th').allTextContents()).toEqual(['November 2026', 'October 2026', 'September 2026']);
    await page.context().close();
  });

  it('a month taken out: its own error first, the facts that quote it listed under it, and no "did you mean" another year', async () => {
    const lines = published('ehcp-timeliness.csv').trimEnd().split('\n');
    const cut = [...lines.slice(0, -1)].join('\n') + '\n';
    const expected = checkDataSays('ehcp-timeliness.csv', cut);
    expect(expected[0]).toMatch(/^Error: data\/ehcp-timeliness\.csv: Expected \w+ \d{4} \(row \d+ of the version last published\) to be in this file too\./);
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.slice(1).every((m) => /This is because \w+ \d{4} is missing from data\/ehcp-timeliness\.csv: fix that first/.test(m))).toBe(true);
    expect(expected.join('\n')).not.toContain('Did you mean');

    const page = await open();
    await check(page, 'ehcp-timeliness.csv', cut);
    expect(await messages(page, 'error')).toEqual(expected);
    // The cause, with what follows from it in a list under it; the summary names it.
    expect(await page.locator('[data-error-list] > li').count()).toBe(1);
    const followers = page.locator('[data-error-list] > li > details');
    expect(await followers.locator('summary').textContent()).toBe(`${expected.length - 1} more problems follow from this one`);
    expect(await followers.locator('li').count()).toBe(expected.length - 1);
    // Folded until asked for, by keyboard too.
    expect(await followers.locator('li').first().isVisible()).toBe(false);
    await followers.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await followers.locator('li').first().isVisible()).toBe(true);
    expect(await axeViolations(page, WCAG_AA)).toEqual([]);
    expect(await page.locator('[data-problem-count]').textContent()).toMatch(new RegExp(`Start with the cause of ${expected.length - 1} other problems: \\w+ \\d{4} is missing from data/ehcp-timeliness\\.csv\\.`));
    await page.context().close();
  });

  it('a file saved as "ehcp-timeliness (1).csv" is refused by check-data and by the page, until the person says which file it replaces', async () => {
    const text = published('ehcp-timeliness.csv');
    const said = checkDataSays('ehcp-timeliness (1).csv', text);
    expect(said).toEqual([
      'Error: data/ehcp-timeliness (1).csv: Expected a file the site reads, but ehcp-timeliness (1).csv is not read by the site. Did you mean to replace ehcp-timeliness.csv? ' +
        'Give your file exactly that name (on GitHub, upload it as ehcp-timeliness.csv: it then replaces the old one), then delete ehcp-timeliness (1).csv.',
    ]);

    const page = await open();
    await check(page, 'ehcp-timeliness (1).csv', text);
    expect(await messages(page, 'error')).toEqual([
      'Error: data/ehcp-timeliness (1).csv: Expected a file the site reads, but ehcp-timeliness (1).csv is not read by the site. Did you mean to replace ehcp-timeliness.csv? ' +
        'Give your file exactly that name, or choose which file it is under “Which file is it?” and check it again.',
    ]);
    expect(await page.locator('[data-success]').isVisible()).toBe(false);
    await page.getByLabel('EHCP figures, ehcp-timeliness.csv').check();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('[data-success]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-success-title]').textContent()).toBe('No problems: this file can be published');
    expect(await page.locator('[data-results-intro]').textContent()).toBe('Checked as EHCP figures, ehcp-timeliness.csv, in place of data/ehcp-timeliness.csv.');
    await page.context().close();
  });

  it('a workbook is refused by check-data and by the page with its own message, not a text-encoding one; with its CSV gone, not "copy the template"', async () => {
    const workbook = readFileSync(sharedFixture('dfe-statistical-neighbours', 'sn_may_2025.xlsx'));
    const said = checkDataSays('ehcp-timeliness.xlsx', workbook, {}, ['ehcp-timeliness.csv']);
    expect(said[0]).toBe(
      'Error: data/ehcp-timeliness.xlsx: Expected a CSV file: ehcp-timeliness.xlsx is a spreadsheet workbook, which the site does not read. Open it and save it as CSV UTF-8, named exactly ehcp-timeliness.csv, the name the site reads. ' +
        'In Excel choose File > Save As and pick "CSV UTF-8 (Comma delimited) (*.csv)". In Google Sheets use File > Download > Comma-separated values. Then delete ehcp-timeliness.xlsx.',
    );
    expect(said.slice(1).every((m) => m.includes('This is because data/ehcp-timeliness.xlsx is a workbook, not the CSV file data/ehcp-timeliness.csv'))).toBe(true);
    expect(said.join('\n')).not.toMatch(/template|Windows-1252/);

    const page = await open();
    await check(page, 'ehcp-timeliness.xlsx', workbook);
    const [message, ...rest] = await messages(page, 'error');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^Error: data\/ehcp-timeliness\.xlsx: Expected a CSV file: ehcp-timeliness\.xlsx is a spreadsheet workbook, which the site does not read\. Open it and save it as CSV UTF-8, named exactly ehcp-timeliness\.csv, in place of the old one\./);
    expect(message).not.toContain('Windows-1252');
    expect(await page.locator('[data-results-intro]').textContent()).toBe('Not checked: it is a workbook, not a CSV file.');
    await page.context().close();
  });

  it('checks the month’s EHCP and other measures’ files together, and previews both', async () => {
    const ehcp = `${published('ehcp-timeliness.csv').trimEnd()}\n2026-11,95,61,90,60,118,\n`;
    const values = published('indicators/values.csv');
    const expected = checkDataSays('ehcp-timeliness.csv', ehcp, { 'indicators/values.csv': values });
    expect(expected).toEqual([]);
    const page = await open();
    await check(page, 'ehcp-timeliness.csv', ehcp, { 'values.csv': values });
    expect(await page.locator('[data-results-intro] li').allTextContents()).toEqual([
      'ehcp-timeliness.csv: EHCP figures, in place of data/ehcp-timeliness.csv',
      'values.csv: The other measures’ figures, in place of data/indicators/values.csv',
    ]);
    expect(await page.locator('[data-success-title]').textContent()).toBe('No problems: these files can be published');
    expect(await page.locator('[data-preview] h4').allTextContents()).toEqual(['data/ehcp-timeliness.csv', 'data/indicators/values.csv']);
    // The update that announces the new month, drafted to copy into a new file.
    expect(await page.locator('#draft-hint code').textContent()).toBe('2026-11-22-ehcp-timeliness-november-2026.mdx');
    const draft = await page.getByLabel('Draft update').inputValue();
    expect(draft).toMatch(/^---\ntitle: EHC plan figures for November 2026\n/);
    expect(draft).toContain('<Fact name="ehcp.2026-11.issued" />');
    expect(await axeViolations(page, WCAG_AA)).toEqual([]);
    await page.context().close();
  });

  it('a new review with an unquoted comma, recognised from its name, reports the row once as check-data does', async () => {
    const latest = published('improvement-plan/reviews/2026-07-10.csv');
    const [header, first, ...rest] = latest.trimEnd().split('\n');
    const broken = first!.replace(/^([^,]+,[^,]+,)"?[^,]+/, '$1Publish "You said, we did" every quarter');
    const review = [header, broken, ...rest].join('\n') + '\n';
    const expected = checkDataSays('improvement-plan/reviews/2026-11-13.csv', review);
    expect(expected).toContainEqual(expect.stringContaining('row 2: Expected one cell for each of the 8 columns in the header. Row 2 has 9 cells but the header has 8: a cell that contains a comma must be in quotes.'));

    const page = await open();
    await check(page, '2026-11-13.csv', review);
    expect(await messages(page, 'error')).toEqual(expected.filter((m) => m.startsWith('Error')));
    expect(await messages(page, 'warning')).toEqual(expected.filter((m) => m.startsWith('Warning')));
    expect(await page.locator('[data-results-intro]').textContent()).toContain('in place of data/improvement-plan/reviews/2026-11-13.csv');
    await page.context().close();
  });

  it('a review a spreadsheet saved with 4.10 as 4.1 says so, as check-data does', async () => {
    const review = published('improvement-plan/reviews/2026-07-10.csv').replace(/^(\d+)\.10,/gm, '$1.1,');
    const expected = checkDataSays('improvement-plan/reviews/2026-11-13.csv', review);
    expect(expected).toContainEqual(expect.stringMatching(/Rows 36 and 44 both use 4\.1\. .* A spreadsheet has probably turned 4\.10 into the number 4\.1: .*keep the action_id column as Text/));

    const page = await open();
    await check(page, '2026-11-13.csv', review);
    expect(await messages(page, 'error')).toEqual(expected.filter((m) => m.startsWith('Error')));
    expect(await messages(page, 'warning')).toEqual(expected.filter((m) => m.startsWith('Warning')));
    await page.context().close();
  });

  it('a good new review shows the actions by status', async () => {
    const review = published('improvement-plan/reviews/2026-07-10.csv');
    const expected = checkDataSays('improvement-plan/reviews/2026-11-13.csv', review);
    const page = await open();
    await check(page, '2026-11-13.csv', review);
    expect(await messages(page, 'warning')).toEqual(expected.filter((m) => m.startsWith('Warning')));
    expect(await messages(page, 'error')).toEqual([]);
    const rows = await page.locator('[data-preview] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
    expect(rows[0]).toMatch(/^Achieved\d+$/);
    expect(rows).toHaveLength(5);
    await page.context().close();
  });

  it('a services file dropped on the page with a third of its rows gone: the shrink and each service, as check-data says', async () => {
    const lines = published('services.csv').trimEnd().split('\n');
    const cut = lines.slice(0, Math.round(lines.length * 0.66)).join('\n') + '\n';
    const expected = checkDataSays('services.csv', cut);
    expect(expected).toContainEqual(expect.stringMatching(/^Error: data\/services\.csv: Found "\d+ services"\. Expected no more than 10% of the services to go in one change\./));

    const page = await open();
    // Drag and drop: the same as choosing the file, then the officer picks the button.
    await page.evaluate(
      ({ text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'export (2).csv', { type: 'text/csv' }));
        document.querySelector('[data-drop-zone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { text: cut },
    );
    expect(await page.locator('[data-chosen]').textContent()).toBe('Chosen: export (2).csv');
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('[data-results]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-results-intro]').textContent()).toContain('The directory of services');
    // Worked out from its columns, but its name is not one the site reads: that is said first, so it cannot be published as it is.
    const [name, ...rest] = await messages(page, 'error');
    expect(name).toMatch(/^Error: data\/export \(2\)\.csv: Expected a file the site reads, but export \(2\)\.csv is not read by the site\. Did you mean to replace services\.csv\?/);
    expect(rest).toEqual(expected.filter((m) => m.startsWith('Error')));
    await page.context().close();
  });

  it('asks for a file, with the error summary linked to the file input', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Check the file' }).click();
    const summary = page.locator('#form-errors');
    await summary.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('form-errors');
    expect(await page.title()).toMatch(/^Error: /);
    await summary.getByRole('link', { name: 'Choose a CSV file to check' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('csv-file');
    expect(await page.locator('#csv-file').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#csv-file-error').textContent()).toBe('Error: Choose a CSV file to check');
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await open();
    await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'ehcp-timeliness.csv', mimeType: 'text/csv', buffer: Buffer.from(published('ehcp-timeliness.csv')) });
    await page.getByLabel('EHCP figures, ehcp-timeliness.csv').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check the file');
    await page.keyboard.press('Enter');
    await page.locator('[data-results]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-success-title]').textContent()).toBe('No problems: this file can be published');
    await page.context().close();
  });

  it('has no axe violations with problems listed, or with a preview', async () => {
    const page = await open();
    const axe = () => axeViolations(page, WCAG_AA);
    await check(page, 'ehcp-timeliness.csv', 'month,plans_issued_den,plans_issued_within_20_weeks\n2026-13,1,2\n');
    expect(await axe()).toEqual([]);
    await check(page, 'ehcp-timeliness.csv', published('ehcp-timeliness.csv'));
    await page.locator('[data-success]').waitFor({ state: 'visible' });
    expect(await axe()).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, explains how to run npm run check-data', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl + PATH);
    expect(await page.locator('[data-check-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-check-nojs]').textContent()).toContain('npm run check-data');
    expect(await page.locator('[data-check-form]').isVisible()).toBe(false);
    await context.close();
  });

  it('is kept out of search engines, the sitemap and site search, and linked from the footer', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + '/');
    expect(await page.locator('footer a[href="/publish/check/"]').textContent()).toBe('For staff: check a data file');
    await page.goto(baseUrl + PATH);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    const sitemap = await (await fetch(`${baseUrl}/sitemap-0.xml`)).text();
    expect(sitemap).not.toContain('/publish/');
    await page.context().close();
  });
});
