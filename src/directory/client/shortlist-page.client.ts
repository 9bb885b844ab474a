/**
 * Builds /services/shortlist/ from the ids saved in this browser, or from the
 * ids in a shared link (`?ids=a,b`): names and summaries from the directory
 * index, then opening times, address, cost and contact details from each
 * service's own page (same site), so the printout has what a family needs on
 * paper. Offers the link and an email to share the list, and, for a shared
 * list, saving it to this browser's shortlist.
 */
import { decodeIndex, type DirectoryEntry } from '../search-index';
import { fetchIndex, fetchSummaries } from './index-loader';
import { serviceCard, slot } from './service-card';
import { mergeShortlists, sharedIds, sharedSentence, shortlistEmailHref, shortlistLink, shortlistSentence } from '../shortlist';
import { readShortlist, writeShortlist } from './shortlist-store';
import { revealJsOnly, updateShortlistLinks } from './shortlist-buttons.client.ts';
import { withBase } from '../../core/base-path';

const list = document.querySelector<HTMLOListElement>('#shortlist-list');
const count = document.querySelector<HTMLElement>('#shortlist-count');
const title = document.querySelector<HTMLElement>('#shortlist-title');
const intro = document.querySelector<HTMLElement>('#shortlist-intro');
const template = document.querySelector<HTMLTemplateElement>('#shortlist-template');
const printButton = document.querySelector<HTMLButtonElement>('#print-shortlist');
const clearButton = document.querySelector<HTMLButtonElement>('#clear-shortlist');
const saveShared = document.querySelector<HTMLButtonElement>('#save-shared');
const share = document.querySelector<HTMLElement>('#share');
const shareLink = document.querySelector<HTMLInputElement>('#share-link');
const emailLink = document.querySelector<HTMLAnchorElement>('#email-shortlist');
const copyButton = document.querySelector<HTMLButtonElement>('#copy-link');
const copyStatus = document.querySelector<HTMLElement>('#copy-status');
const siteName = document.querySelector<HTMLElement>('[data-site-name]')?.dataset['siteName'] ?? 'Local Offer';

/** Every service in the index, by id, once loaded. */
let byId = new Map<string, DirectoryEntry>();

/** The link and email for the services on the page, or the share box hidden when there are none. */
function updateShare(ids: readonly string[]): void {
  share!.hidden = ids.length === 0;
  const link = shortlistLink(location.href, ids);
  shareLink!.value = link;
  emailLink!.href = shortlistEmailHref(ids.flatMap((id) => byId.get(id) ?? []), location.href, siteName);
  copyStatus!.textContent = '';
}

function updateCount(): void {
  const ids = readShortlist();
  const n = ids.length;
  count!.textContent = n === 0 ? `${shortlistSentence(0)} Use “Save to shortlist” on a service to add it here.` : shortlistSentence(n);
  printButton!.hidden = n === 0;
  clearButton!.hidden = n === 0;
  updateShare(ids);
  updateShortlistLinks();
}

/** The "When and where", cost (unless the card shows it already) and "Contact" details from a service's page, as one list. */
async function details(id: string, withCost: boolean): Promise<HTMLElement | undefined> {
  try {
    const response = await fetch(withBase(`/services/${id}/`));
    if (!response.ok) return undefined;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const dl = document.createElement('dl');
    dl.className = 'service-details';
    const cost = withCost ? page.querySelector('[data-print-cost]')?.textContent?.trim() : undefined;
    if (cost) {
      const [dt, dd] = [document.createElement('dt'), document.createElement('dd')];
      dt.textContent = 'Cost';
      dd.textContent = cost;
      dl.append(dt, dd);
    }
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

/** A card; on one's own list its button takes the service off the list, on a shared list there is none. */
function card(entry: DirectoryEntry, own: boolean): HTMLElement {
  const li = serviceCard(template!, entry);
  li.dataset['id'] = entry.id;
  const remove = li.querySelector<HTMLButtonElement>('button.shortlist-button')!;
  if (own) {
    remove.dataset['shortlistId'] = entry.id;
    remove.setAttribute('aria-label', `Remove from shortlist: ${entry.name}`);
    remove.addEventListener('click', () => {
      writeShortlist(readShortlist().filter((id) => id !== entry.id));
      const next = li.nextElementSibling ?? li.previousElementSibling;
      li.remove();
      updateCount();
      (next?.querySelector<HTMLElement>('button') ?? count!).focus();
    });
  } else {
    remove.remove();
  }
  void details(entry.id, entry.condition === undefined).then((dl) => {
    if (dl) slot(li, 'details').append(dl);
  });
  return li;
}

/** This browser's own shortlist. */
function showOwn(): void {
  const ids = readShortlist();
  // A service that has left the directory is dropped from the shortlist.
  const found = ids.filter((id) => byId.has(id));
  if (found.length !== ids.length) writeShortlist(found);
  list!.replaceChildren(...found.map((id) => card(byId.get(id)!, true)));
  updateCount();
}

/** A list someone shared: shown as it is, with a button to keep it on this device. */
function showShared(ids: readonly string[]): void {
  const found = ids.filter((id) => byId.has(id));
  title!.textContent = 'A shortlist shared with you';
  document.title = document.title.replace('Your shortlist', 'A shortlist shared with you');
  intro!.textContent = 'Someone sent you a link to these services. Save them to keep them on this device, or print them.';
  count!.textContent = sharedSentence(found.length, ids.length - found.length);
  list!.replaceChildren(...found.map((id) => card(byId.get(id)!, false)));
  printButton!.hidden = found.length === 0;
  saveShared!.hidden = found.length === 0;
  saveShared!.addEventListener('click', () => {
    writeShortlist(mergeShortlists(readShortlist(), found));
    saveShared!.hidden = true;
    title!.textContent = 'Your shortlist';
    document.title = document.title.replace('A shortlist shared with you', 'Your shortlist');
    history.replaceState(null, '', location.pathname);
    showOwn();
    count!.focus();
  });
  updateShare(found);
  updateShortlistLinks();
}

async function copy(): Promise<void> {
  shareLink!.select();
  try {
    await navigator.clipboard.writeText(shareLink!.value);
    copyStatus!.textContent = 'Link copied. You can paste it into a message.';
  } catch {
    copyStatus!.textContent = 'The link is selected: copy it with your device’s copy command.';
  }
}

async function start(): Promise<void> {
  if (!list || !count || !title || !intro || !template || !printButton || !clearButton || !saveShared || !share || !shareLink || !emailLink || !copyButton || !copyStatus) return;
  revealJsOnly();
  count.tabIndex = -1;
  printButton.addEventListener('click', () => window.print());
  copyButton.addEventListener('click', () => void copy());
  clearButton.addEventListener('click', () => {
    writeShortlist([]);
    list.replaceChildren();
    updateCount();
    count.focus();
  });
  const shared = sharedIds(location.search);
  const ids = shared ?? readShortlist();
  if (ids.length === 0) {
    if (shared) count.textContent = sharedSentence(0, 0);
    else updateCount();
    return;
  }
  count.textContent = 'Loading the shortlist…';
  try {
    const index = await fetchIndex();
    const entries = decodeIndex(index, await fetchSummaries(index.key));
    byId = new Map(entries.map((e) => [e.id, e]));
  } catch {
    count.textContent = 'The shortlist could not be loaded. Check your connection and reload the page.';
    return;
  }
  if (shared) showShared(shared);
  else showOwn();
  list.dataset['ready'] = 'true';
}

void start();
