/**
 * Builds /services/shortlist/ from the ids saved in this browser: names and
 * summaries from the directory index, then opening times, address and contact
 * details from each service's own page (same site), so the printout has what
 * a family needs on paper.
 */
import { decodeIndex, type DirectoryEntry } from '../directory';
import { fetchIndex, fetchSummaries } from './index-loader';
import { serviceCard, slot } from './service-card';
import { shortlistSentence } from '../shortlist';
import { readShortlist, writeShortlist } from './shortlist-store';
import { revealJsOnly, updateShortlistLinks } from './shortlist-buttons.client.ts';

const list = document.querySelector<HTMLOListElement>('#shortlist-list');
const count = document.querySelector<HTMLElement>('#shortlist-count');
const template = document.querySelector<HTMLTemplateElement>('#shortlist-template');
const printButton = document.querySelector<HTMLButtonElement>('#print-shortlist');
const clearButton = document.querySelector<HTMLButtonElement>('#clear-shortlist');

function updateCount(): void {
  const n = readShortlist().length;
  count!.textContent = n === 0 ? `${shortlistSentence(0)} Use “Save to shortlist” on a service to add it here.` : shortlistSentence(n);
  printButton!.hidden = n === 0;
  clearButton!.hidden = n === 0;
  updateShortlistLinks();
}

/** The "When and where" and "Contact" details from a service's page, as one list. */
async function details(id: string): Promise<HTMLElement | undefined> {
  try {
    const response = await fetch(`/services/${id}/`);
    if (!response.ok) return undefined;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const dl = document.createElement('dl');
    dl.className = 'service-details';
    page.querySelectorAll('[data-print-details] dl > dt').forEach((dt) => {
      const dd = dt.nextElementSibling;
      if (dd?.tagName !== 'DD') return;
      dl.append(document.importNode(dt, true), document.importNode(dd, true));
    });
    return dl.children.length > 0 ? dl : undefined;
  } catch {
    return undefined;
  }
}

function card(entry: DirectoryEntry): HTMLElement {
  const li = serviceCard(template!, entry);
  const remove = li.querySelector<HTMLButtonElement>('button.shortlist-button')!;
  remove.dataset['shortlistId'] = entry.id;
  remove.setAttribute('aria-label', `Remove from shortlist: ${entry.name}`);
  remove.addEventListener('click', () => {
    writeShortlist(readShortlist().filter((id) => id !== entry.id));
    const next = li.nextElementSibling ?? li.previousElementSibling;
    li.remove();
    updateCount();
    (next?.querySelector<HTMLElement>('button') ?? count!).focus();
  });
  void details(entry.id).then((dl) => {
    if (dl) slot(li, 'details').append(dl);
  });
  return li;
}

async function start(): Promise<void> {
  if (!list || !count || !template || !printButton || !clearButton) return;
  revealJsOnly();
  count.tabIndex = -1;
  printButton.addEventListener('click', () => window.print());
  clearButton.addEventListener('click', () => {
    writeShortlist([]);
    list.replaceChildren();
    updateCount();
    count.focus();
  });
  const ids = readShortlist();
  if (ids.length === 0) {
    updateCount();
    return;
  }
  count.textContent = 'Loading your shortlist…';
  let entries: DirectoryEntry[];
  try {
    const index = await fetchIndex();
    entries = decodeIndex(index, await fetchSummaries(index.key));
  } catch {
    count.textContent = 'Your shortlist could not be loaded. Check your connection and reload the page.';
    return;
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  // A service that has left the directory is dropped from the shortlist.
  const found = ids.filter((id) => byId.has(id));
  if (found.length !== ids.length) writeShortlist(found);
  list.replaceChildren(...found.map((id) => card(byId.get(id)!)));
  updateCount();
  list.dataset['ready'] = 'true';
}

void start();
