/**
 * The EHC timeline calculator in the browser: reads the request date from the
 * day, month and year boxes (the GOV.UK date input) or from the page address
 * (`?requested=2026-01-05`, `?requested=15 December 2026`: the same rules read
 * both), shows every deadline (worked out by src/timeline/timeline, the same
 * code the tests use), keeps the date in the address and shows errors in the
 * GOV.UK error summary pattern. Nothing is sent anywhere.
 */
import { ehcpTimeline, formatLongDate, type RequestDateParts, type TimelineStep } from './timeline';
import { requestedFromSearch, searchWithRequested } from './url';
import { el } from '../ui/dom';
import { hideErrorSummary, setFieldError, showErrorSummary } from '../ui/error-summary/error-summary.client.ts';
import type { DatePart } from '../core/dates';

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

const form = document.querySelector<HTMLFormElement>('[data-timeline-form]');
const fieldset = document.querySelector<HTMLElement>('#requested');
const boxes = new Map(PARTS.map((part) => [part, document.querySelector<HTMLInputElement>(`#requested-${part}`)!]));
const group = document.querySelector<HTMLElement>('[data-form-group]');
const errorMessage = document.querySelector<HTMLElement>('[data-error-message]');
const summary = document.querySelector<HTMLElement>('#timeline-errors');
const results = document.querySelector<HTMLElement>('[data-timeline-results]');
const heading = document.querySelector<HTMLElement>('[data-results-heading]');
const intro = document.querySelector<HTMLElement>('[data-results-intro]');
const list = document.querySelector<HTMLOListElement>('[data-results-list]');

function when(step: TimelineStep): string {
  if (step.id === 'request') return `${formatLongDate(step.date)} (day 1)`;
  if (step.usual) return `Usually ${formatLongDate(step.usual[0])} to ${formatLongDate(step.usual[1])}; by ${formatLongDate(step.date)} at the latest`;
  return `By ${formatLongDate(step.date)} (week ${String(step.week)})`;
}

function typed(): RequestDateParts {
  return { day: boxes.get('day')!.value, month: boxes.get('month')!.value, year: boxes.get('year')!.value };
}

function field(invalid: readonly DatePart[]) {
  return { group: group!, message: errorMessage!, describe: fieldset!, invalid: invalid.map((p) => boxes.get(p)!), boxes: [...boxes.values()] };
}

/** Works out and shows the deadlines; returns the date as YYYY-MM-DD, or undefined (and shows the error) if it is not usable. */
function show(input: string | RequestDateParts, moveFocus: boolean): string | undefined {
  const result = ehcpTimeline(input);
  if (!result.ok) {
    results!.hidden = true;
    setFieldError(field(result.parts), result.error);
    showErrorSummary(summary!, [{ text: result.error, href: `#requested-${result.parts[0] ?? 'day'}` }], { focus: moveFocus });
    return undefined;
  }
  setFieldError(field([]), undefined);
  hideErrorSummary(summary!);
  heading!.textContent = `Deadlines for a request received on ${formatLongDate(result.requestDate)}`;
  intro!.textContent = 'These are the latest dates the law allows. The council can do each step sooner.';
  list!.replaceChildren(
    ...result.steps.map((step) => {
      const item = el('li');
      item.dataset['step'] = step.id;
      item.append(
        el('h3', step.title),
        el('p', when(step), 'when'),
        el('p', step.description),
        el('p', `${step.basis === 'practice' ? 'Usual practice, not a legal deadline' : 'The law'}: ${step.source}`, 'source'),
      );
      return item;
    }),
  );
  results!.hidden = false;
  if (moveFocus) heading!.focus();
  return result.requestDate;
}

/** Opens with the date in the address: the boxes show it as day, month and year, or as typed if it is not a date. */
function restore(): void {
  const requested = requestedFromSearch(window.location.search);
  if (requested === undefined) return;
  const result = ehcpTimeline(requested);
  const [year, month, day] = result.ok ? result.requestDate.split('-').map((n) => String(Number(n))) : ['', '', requested];
  boxes.get('day')!.value = day ?? '';
  boxes.get('month')!.value = month ?? '';
  boxes.get('year')!.value = year ?? '';
  // A date someone typed into the address: errors show, but focus stays at the top of the page.
  show(requested, false);
}

if (form && fieldset && group && errorMessage && summary && results && heading && intro && list && [...boxes.values()].every(Boolean)) {
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-timeline-nojs]')?.setAttribute('hidden', '');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const date = show(typed(), true);
    history.replaceState(null, '', `${window.location.pathname}${searchWithRequested(window.location.search, date)}`);
  });
  document.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  restore();
}
