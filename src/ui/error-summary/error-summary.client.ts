/**
 * The error summary in the browser: fill and show it (or hide it), keep the
 * page title's "Error: " in step, mark each field and its message, and make a
 * summary link put focus in its field with the field's label in view (as
 * govuk-frontend does, so the question is not scrolled off the top).
 */
import { describedBy, errorTitle, ERROR_SUMMARY_WORDS, type SummaryItem } from './error-summary';

/** Summaries showing errors now; the title says "Error: " while any does. */
const showing = new Set<HTMLElement>();

function listItem(item: SummaryItem): HTMLLIElement {
  const li = document.createElement('li');
  if (item.lead) {
    const strong = document.createElement('strong');
    strong.textContent = item.lead;
    li.append(strong, ' ');
  }
  if (item.href) {
    const a = document.createElement('a');
    a.href = item.href;
    a.textContent = item.text;
    li.append(a);
  } else {
    li.append(item.text);
  }
  return li;
}

/**
 * Shows the errors in a summary (rendered by ErrorSummary.astro) and, unless
 * told not to, moves focus to it so screen readers read it at once.
 */
export function showErrorSummary(summary: HTMLElement, items: readonly SummaryItem[], options: { focus?: boolean } = {}): void {
  if (items.length === 0) return hideErrorSummary(summary);
  summary.querySelector('[data-error-summary-list]')?.replaceChildren(...items.map(listItem));
  summary.hidden = false;
  showing.add(summary);
  document.title = errorTitle(document.title, true);
  if (options.focus !== false) summary.focus();
}

export function hideErrorSummary(summary: HTMLElement): void {
  summary.hidden = true;
  summary.querySelector('[data-error-summary-list]')?.replaceChildren();
  showing.delete(summary);
  if (showing.size === 0) document.title = errorTitle(document.title, false);
}

/** A field's parts: the group that gets the red bar, its message, what the message describes, and the boxes to mark. */
export interface FieldParts {
  group: HTMLElement;
  /** The `<p class="error-message" id="…-error">` beside the field. */
  message: HTMLElement;
  /** The input, or the fieldset of a date input. */
  describe: HTMLElement;
  /** The boxes that are wrong (for a date input, only those). */
  invalid: readonly HTMLElement[];
  /** Every box of the field, so marks from a last error are cleared. */
  boxes?: readonly HTMLElement[];
}

/** Shows (or, with no text, clears) the error beside a field, in the GOV.UK markup. */
export function setFieldError(field: FieldParts, text: string | undefined): void {
  const hasError = text !== undefined;
  field.group.classList.toggle('has-error', hasError);
  field.message.hidden = !hasError;
  if (hasError) {
    const prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = `${ERROR_SUMMARY_WORDS.prefix}:`;
    field.message.replaceChildren(prefix, ` ${text}`);
  } else {
    field.message.replaceChildren();
  }
  const described = describedBy(field.describe.getAttribute('aria-describedby'), field.message.id, hasError);
  if (described === '') field.describe.removeAttribute('aria-describedby');
  else field.describe.setAttribute('aria-describedby', described);
  for (const box of field.boxes ?? field.invalid) {
    const wrong = hasError && field.invalid.includes(box);
    box.classList.toggle('is-invalid', wrong);
    if (wrong) box.setAttribute('aria-invalid', 'true');
    else box.removeAttribute('aria-invalid');
  }
}

/** The label or legend that asks for a field: what should be in view when the field gets focus. */
function questionFor(input: HTMLElement): HTMLElement | null {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (legend) return legend;
  return input.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) : null;
}

function onSummaryLink(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('[data-error-summary] a[href^="#"]');
  if (!link) return;
  const target = document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));
  if (!target) return;
  event.preventDefault();
  (questionFor(target) ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
}

if (!(window as { errorSummaryLinks?: boolean }).errorSummaryLinks) {
  (window as { errorSummaryLinks?: boolean }).errorSummaryLinks = true;
  document.addEventListener('click', onSummaryLink);
}
