/**
 * The EHC timeline calculator in the browser: reads the request date, shows
 * every deadline (worked out by src/timeline/timeline, the same code the tests
 * use), keeps the date in the address (?requested=YYYY-MM-DD) and shows
 * GOV.UK-style errors. Nothing is sent anywhere.
 */
import { ehcpTimeline, formatLongDate, type TimelineStep } from './timeline';
import { requestedFromSearch, searchWithRequested } from './url';
import { el } from '../ui/dom';

const form = document.querySelector<HTMLFormElement>('[data-timeline-form]');
const input = document.querySelector<HTMLInputElement>('#requested');
const group = document.querySelector<HTMLElement>('[data-form-group]');
const errorMessage = document.querySelector<HTMLElement>('[data-error-message]');
const summary = document.querySelector<HTMLElement>('[data-error-summary]');
const summaryLink = document.querySelector<HTMLAnchorElement>('[data-error-link]');
const results = document.querySelector<HTMLElement>('[data-timeline-results]');
const heading = document.querySelector<HTMLElement>('[data-results-heading]');
const intro = document.querySelector<HTMLElement>('[data-results-intro]');
const list = document.querySelector<HTMLOListElement>('[data-results-list]');
const title = document.title;

function when(step: TimelineStep): string {
  if (step.id === 'request') return `${formatLongDate(step.date)} (day 1)`;
  if (step.usual) return `Usually ${formatLongDate(step.usual[0])} to ${formatLongDate(step.usual[1])}; by ${formatLongDate(step.date)} at the latest`;
  return `By ${formatLongDate(step.date)} (week ${String(step.week)})`;
}

function showError(message: string): void {
  if (!group || !errorMessage || !summary || !summaryLink || !input || !results) return;
  results.hidden = true;
  group.classList.add('has-error');
  errorMessage.hidden = false;
  errorMessage.replaceChildren(el('span', 'Error:', 'visually-hidden'), document.createTextNode(` ${message}`));
  input.setAttribute('aria-describedby', 'requested-hint requested-error');
  input.setAttribute('aria-invalid', 'true');
  summaryLink.textContent = message;
  summary.hidden = false;
  document.title = `Error: ${title}`;
  summary.focus();
}

function clearError(): void {
  group?.classList.remove('has-error');
  if (errorMessage) errorMessage.hidden = true;
  if (summary) summary.hidden = true;
  input?.setAttribute('aria-describedby', 'requested-hint');
  input?.removeAttribute('aria-invalid');
  document.title = title;
}

/** Works out and shows the deadlines; returns false (and shows an error) if the date is not usable. */
function show(raw: string, moveFocus: boolean): boolean {
  const result = ehcpTimeline(raw);
  if (!result.ok) {
    showError(result.error);
    return false;
  }
  clearError();
  if (!results || !heading || !intro || !list) return false;
  heading.textContent = `Deadlines for a request received on ${formatLongDate(result.requestDate)}`;
  intro.textContent = 'These are the latest dates the law allows. The council can do each step sooner.';
  list.replaceChildren(
    ...result.steps.map((step) => {
      const item = el('li');
      item.dataset['step'] = step.id;
      const date = el('p', when(step), 'when');
      item.append(el('h3', step.title), date, el('p', step.description), el('p', `${step.basis === 'practice' ? 'Usual practice, not a legal deadline' : 'The law'}: ${step.source}`, 'source'));
      return item;
    }),
  );
  results.hidden = false;
  if (moveFocus) heading.focus();
  return true;
}

function restore(): void {
  const requested = requestedFromSearch(window.location.search);
  if (requested === undefined || !input) return;
  // A date input only takes YYYY-MM-DD; other forms (27/03/2026) still work out, and are shown in the result.
  input.value = /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : '';
  show(requested, false);
}

if (form && input) {
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-timeline-nojs]')?.setAttribute('hidden', '');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ok = show(input.value, true);
    const search = searchWithRequested(window.location.search, ok ? input.value : undefined);
    history.replaceState(null, '', `${window.location.pathname}${search}`);
  });
  summaryLink?.addEventListener('click', (event) => {
    event.preventDefault();
    input.focus();
    input.scrollIntoView({ block: 'center' });
  });
  document.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  restore();
}
