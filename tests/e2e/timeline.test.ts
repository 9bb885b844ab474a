import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { REQUEST_DATE_EXAMPLE, REQUEST_DATE_FIELD, TIMELINE_STEPS_IN_WORDS, ehcpTimeline, formatLongDate } from '../../src/timeline/timeline';

const baseUrl = inject('baseUrl');
const PATH = '/tools/ehcp-timeline/';
const browser = useBrowser();

// Expected dates come from the same tested code the page uses.
const expected = ehcpTimeline('2026-01-05');
if (!expected.ok) throw new Error('the sample date should work');
const dateOf = (id: string) => expected.steps.find((s) => s.id === id)!.date;

async function stepTexts(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(
    await page.locator('[data-results-list] > li').evaluateAll((lis) => lis.map((li) => [(li as HTMLElement).dataset['step'], li.textContent ?? ''])),
  );
}

function expectDeadlines(steps: Record<string, string>) {
  expect(Object.keys(steps)).toEqual(['request', 'decision', 'no-plan', 'draft', 'final']);
  // The dates the law sets for a request received on Monday 5 January 2026.
  expect(steps['decision']).toContain('Monday 16 February 2026');
  expect(steps['final']).toContain('Monday 25 May 2026');
  expect(steps['decision']).toContain(formatLongDate(dateOf('decision')));
  expect(steps['no-plan']).toContain(formatLongDate(dateOf('no-plan')));
  expect(steps['draft']).toContain(formatLongDate(dateOf('draft')));
  expect(steps['final']).toContain(formatLongDate(dateOf('final')));
  expect(steps['decision']).toContain('regulation 5(1)');
}

describe('the EHC timeline calculator', () => {
  it('works out the deadlines for 5 January 2026, moves focus to the results and puts the date in the address', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(baseUrl + PATH);
    const date = page.getByRole('group', { name: REQUEST_DATE_FIELD.legend });
    await date.getByLabel('Day').fill('5');
    await date.getByLabel('Month').fill('1');
    await date.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Work out the dates' }).click();
    await page.locator('[data-timeline-results]').waitFor({ state: 'visible' });
    expectDeadlines(await stepTexts(page));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    expect(await page.locator('#results-heading').textContent()).toBe('Deadlines for a request received on Monday 5 January 2026');
    expect(new URL(page.url()).search).toBe('?requested=2026-01-05');
    expect(await page.locator('.error-summary').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('restores the dates from a bookmarked address', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${PATH}?requested=2026-01-05`);
    await page.locator('[data-timeline-results]').waitFor({ state: 'visible' });
    expectDeadlines(await stepTexts(page));
    expect([await page.inputValue('#requested-day'), await page.inputValue('#requested-month'), await page.inputValue('#requested-year')]).toEqual(['5', '1', '2026']);
    await page.close();
  });

  it('reads the forms the boxes accept from the address too: 15 December 2026, 15/12/2026, 2026-12-15', async () => {
    const page = await browser.newPage();
    for (const form of ['15 December 2026', '15/12/2026', '2026-12-15']) {
      await page.goto(`${baseUrl}${PATH}?requested=${encodeURIComponent(form)}`);
      await page.locator('[data-timeline-results]').waitFor({ state: 'visible' });
      expect(await page.locator('#results-heading').textContent(), form).toBe('Deadlines for a request received on Tuesday 15 December 2026');
      expect(await page.locator('[data-step="final"]').textContent()).toContain('Tuesday 4 May 2027');
    }
    await page.close();
  });

  it('reads a whole date typed into the day box, as a phone keypad gives it', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + PATH);
    await page.locator('#requested-day').fill('15122026');
    await page.getByRole('button', { name: 'Work out the dates' }).click();
    await page.locator('[data-timeline-results]').waitFor({ state: 'visible' });
    expect(await page.locator('#results-heading').textContent()).toBe('Deadlines for a request received on Tuesday 15 December 2026');
    expect(new URL(page.url()).search).toBe('?requested=2026-12-15');
    await page.close();
  });

  it('shows a GOV.UK error summary linked to the first box when there is no date, with one hint and errors in its words', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + PATH);
    const title = await page.title();
    expect(await page.locator('#requested-hint').textContent()).toBe(REQUEST_DATE_FIELD.hint);
    expect(await page.locator('.hint').count()).toBe(1);
    await page.getByRole('button', { name: 'Work out the dates' }).click();
    const summary = page.locator('#timeline-errors');
    await summary.waitFor({ state: 'visible' });
    expect(await summary.locator('h2').textContent()).toBe('There is a problem');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline-errors');
    const link = summary.locator('a');
    expect(await link.getAttribute('href')).toBe('#requested-day');
    expect(await link.textContent()).toBe('Enter the date the council received the request');
    expect(await page.locator('#requested-error').textContent()).toBe('Error: Enter the date the council received the request');
    expect(await page.locator('#requested').getAttribute('aria-describedby')).toBe('requested-error requested-hint');
    expect(await page.locator('#requested-day').getAttribute('aria-invalid')).toBe('true');
    expect(await page.title()).toBe(`Error: ${title}`);
    expect(await page.locator('[data-timeline-results]').isVisible()).toBe(false);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('requested-day');
    await page.close();
  });

  it('marks only the box that is missing, keeps what was typed, and clears the error once the date is right', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + PATH);
    const title = await page.title();
    await page.locator('#requested-day').fill('15');
    await page.locator('#requested-year').fill('2026');
    await page.getByRole('button', { name: 'Work out the dates' }).click();
    await page.locator('#timeline-errors').waitFor({ state: 'visible' });
    expect(await page.locator('#timeline-errors a').textContent()).toBe('The date the council received the request must include a month');
    expect(await page.locator('#timeline-errors a').getAttribute('href')).toBe('#requested-month');
    expect(await page.locator('[aria-invalid="true"]').evaluateAll((els) => els.map((e) => e.id))).toEqual(['requested-month']);
    expect(await page.inputValue('#requested-day')).toBe('15');
    await page.locator('#requested-month').fill('Dec');
    await page.getByRole('button', { name: 'Work out the dates' }).click();
    await page.locator('[data-timeline-results]').waitFor({ state: 'visible' });
    expect(await page.locator('#timeline-errors').isVisible()).toBe(false);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await page.title()).toBe(title);
    await page.close();
  });

  it('reports a date that does not exist, from the address, in the hint’s words, and keeps what was typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${PATH}?requested=2026-02-30`);
    await page.locator('#timeline-errors').waitFor({ state: 'visible' });
    expect(await page.locator('#timeline-errors a').textContent()).toBe(`The date the council received the request must be a real date, for example ${REQUEST_DATE_EXAMPLE}`);
    expect(await page.inputValue('#requested-day')).toBe('2026-02-30');
    expect(await page.locator('[data-timeline-results]').isVisible()).toBe(false);
    await page.close();
  });

  it('prints the results without the form or the navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${PATH}?requested=2026-01-05`);
    await page.locator('[data-timeline-results]').waitFor({ state: 'visible' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-timeline-form]').isVisible()).toBe(false);
    expect(await page.locator('header nav[aria-label="Main"]').isVisible()).toBe(false);
    expect(await page.locator('header .language-switcher').isVisible()).toBe(false);
    expect(await page.locator('.header-search').isVisible()).toBe(false);
    expect(await page.locator('[data-results-list]').isVisible()).toBe(true);
    await page.close();
  });

  it('without JavaScript, explains the same timeline in words and says the calculator cannot work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${PATH}?requested=2026-01-05`);
    expect(await page.locator('[data-timeline-nojs]').textContent()).toContain('needs JavaScript');
    expect(await page.locator('[data-timeline-form]').isVisible()).toBe(false);
    const words = await page.locator('.timeline-words li').allTextContents();
    expect(words).toHaveLength(TIMELINE_STEPS_IN_WORDS.length);
    TIMELINE_STEPS_IN_WORDS.forEach((step, i) => {
      expect(words[i]).toContain(step.title);
      expect(words[i]).toContain(step.when);
    });
    expect(words.join(' ')).toContain('Within 20 weeks');
    await context.close();
  });
});
