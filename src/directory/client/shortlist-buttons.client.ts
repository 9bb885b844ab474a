/**
 * "Save to shortlist" buttons, and anything marked data-js-only: laid out
 * from the first paint (public/noscript.css hides them when JavaScript is
 * off), and made to work here (the shortlist needs JavaScript).
 */
import { shortlistSentence } from '../shortlist';
import { readShortlist, toggleSaved } from './shortlist-store';
import { withBase } from '../../core/base-path';

const SAVE = 'Save to shortlist';
const REMOVE = 'Remove from shortlist';

let status: HTMLElement | undefined;

/** A polite live region for "Saved…" messages, added once so later changes are announced. */
function statusRegion(): HTMLElement {
  if (!status) {
    status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('aria-live', 'polite');
    document.body.append(status);
  }
  return status;
}

function show(button: HTMLButtonElement, saved: boolean, name: string): void {
  button.textContent = saved ? REMOVE : SAVE;
  button.dataset['saved'] = String(saved);
  // The visible words say what pressing does; the name says which service.
  button.setAttribute('aria-label', `${saved ? REMOVE : SAVE}: ${name}`);
}

export function updateShortlistLinks(): void {
  const count = readShortlist().length;
  document.querySelectorAll<HTMLAnchorElement>(`a[href="${withBase('/services/shortlist/')}"][data-js-only]`).forEach((a) => {
    a.textContent = count > 0 ? `View your shortlist (${count})` : 'View your shortlist';
  });
}

/** Makes one button work; `name` is the service's name for screen readers. */
export function wireShortlistButton(button: HTMLButtonElement, name: string, saved?: boolean): void {
  const id = button.dataset['shortlistId'];
  if (!id) return;
  show(button, saved ?? readShortlist().includes(id), name);
  button.hidden = false;
  button.onclick = () => {
    const saved = toggleSaved(id);
    show(button, saved, name);
    updateShortlistLinks();
    statusRegion().textContent = `${saved ? 'Saved' : 'Removed'} ${name}. ${shortlistSentence(readShortlist().length)}`;
  };
}

export function revealJsOnly(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-js-only]').forEach((el) => (el.hidden = false));
  root.querySelectorAll<HTMLElement>('[data-nojs-only]').forEach((el) => (el.hidden = true));
}

export function wireAll(root: ParentNode = document): void {
  revealJsOnly(root);
  root.querySelectorAll<HTMLButtonElement>('button[data-shortlist-id]').forEach((b) => {
    const name = b.closest('.service-card')?.querySelector('[data-slot="name"]')?.textContent ?? document.querySelector('h1')?.textContent ?? '';
    wireShortlistButton(b, name.trim());
  });
  updateShortlistLinks();
}

wireAll();
