import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { TIMELINE_STEPS_IN_WORDS, ehcpTimeline, formatLongDate } from '../../src/timeline/timeline';

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
    await page.getByLabel('Date the council received the request').fill('2026-01-05');
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
    expect(await page.locator('#requested').inputValue()).toBe('2026-01-05');
    await page.close();
  });

  it('shows a GOV.UK-style error summary linked to the field when there is no date', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl + PATH);
    await page.getByRole('button', { name: 'Work out the dates' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor({ state: 'visible' });
    expect(await summary.locator('h2').textContent()).toBe('There is a problem');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    const link = summary.locator('a');
    expect(await link.getAttribute('href')).toBe('#requested');
    expect(await link.textContent()).toContain('Enter the date the council received the request');
    expect(await page.locator('#requested-error').textContent()).toContain('Error: Enter the date the council received the request');
    expect(await page.locator('#requested').getAttribute('aria-describedby')).toContain('requested-error');
    expect(await page.locator('#requested').getAttribute('aria-invalid')).toBe('true');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('[data-timeline-results]').isVisible()).toBe(false);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('requested');
    await page.close();
  });

  it('reports a date that does not exist, from the address, in words', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${PATH}?requested=2026-02-30`);
    await page.locator('.error-summary').waitFor({ state: 'visible' });
    expect(await page.locator('.error-summary a').textContent()).toContain('Enter a real date');
    expect(await page.locator('[data-timeline-results]').isVisible()).toBe(false);
    await page.close();
  });

  it('prints the results without the form or the navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${PATH}?requested=2026-01-05`);
    await page.locator('[data-timeline-results]').waitFor({ state: 'visible' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-timeline-form]').isVisible()).toBe(false);
    expect(await page.locator('header nav').isVisible()).toBe(false);
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
