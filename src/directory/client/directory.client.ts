/**
 * The directory filter on /services/: fetches the compact index once, then on
 * every change to the form filters (facets first, then words), renders the
 * first results from the card <template>, keeps the address in step so the
 * search can be bookmarked, and tells screen readers how many services match
 * (the count is the results heading). Sending the form checks the age and
 * postcode (GOV.UK error summary) and moves focus to the results heading. A
 * form sent while the index is still loading is held and answered when it
 * arrives, so a slow connection never reloads the page and loses the place.
 * The cards' summaries are fetched when the form is first used.
 * Without this script the page is still a complete A to Z list with links.
 */
import { addSummaries, decodeIndex, NO_RESULTS_HELP, resultsSentence, type DirectoryEntry } from '../search-index';
import { countServices } from '../view';
import { nearestToPoint, payloadDistricts, type DirectoryPayload } from '../payload';
import { fetchIndex, fetchSummaries } from './index-loader';
import { prepareDirectory, runDirectoryQuery, searchDirectory, type DirectoryResults, type PreparedDirectory } from '../filter';
import { decodeQuery, encodeQuery, isEmptyQuery, type DirectoryQuery, type KnownIds } from '../url';
import { describeDistance, parseDistrict, type District, type LatLon } from '../geo';
import { queryWords } from '../filter';
import { directoryFormErrors, type FieldError } from '../form-errors';
import { hideErrorSummary, setFieldError, showErrorSummary } from '../../ui/error-summary/error-summary.client.ts';
import { serviceCard, slot } from './service-card';
import { revealJsOnly, wireShortlistButton } from './shortlist-buttons.client.ts';
import { readShortlist } from './shortlist-store';

/** Results rendered at once; "Show more" adds this many again. */
const BATCH = 20;
/** Wait this long after the last keystroke before the live region speaks, so typing is not talked over. */
const ANNOUNCE_DELAY_MS = 500;

const form = document.querySelector<HTMLFormElement>('#directory-form');
const list = document.querySelector<HTMLOListElement>('#results-list');
const results = document.querySelector<HTMLElement>('#results');
const count = document.querySelector<HTMLElement>('#results-count');
const help = document.querySelector<HTMLElement>('#results-help');
const heading = document.querySelector<HTMLElement>('#results-heading');
const more = document.querySelector<HTMLButtonElement>('#show-more');
const template = document.querySelector<HTMLTemplateElement>('#service-card-template');
const nearInput = document.querySelector<HTMLInputElement>('#near');
const ageInput = document.querySelector<HTMLInputElement>('#age');
const summary = document.querySelector<HTMLElement>('#directory-errors');
const locate = document.querySelector<HTMLButtonElement>('#use-location');
const locationStatus = document.querySelector<HTMLElement>('#location-status');

interface State {
  payload: DirectoryPayload;
  prepared: PreparedDirectory;
  byId: Map<string, DirectoryEntry>;
  /** Whether the summaries have been asked for. */
  summaries: boolean;
  districts: District[];
  known: KnownIds;
  /** The browser's position, if the person chose "Use my location". Kept in memory only. */
  point?: LatLon | undefined;
  hits: DirectoryResults['hits'];
  shown: number;
  /** What the list shows now, so a keystroke that changes nothing redraws nothing. */
  drawn?: string | undefined;
  announceTimer?: number | undefined;
}

/** Beside a card in a list sorted by distance: how far, or why there is no distance. */
function distanceText(hit: DirectoryResults['hits'][number]): string {
  if (hit.distanceKm !== undefined) return `${describeDistance(hit.distanceKm)} away`;
  return hit.entry.noAddress ? 'No fixed address' : 'Distance not known';
}

function card(hit: DirectoryResults['hits'][number], saved: ReadonlySet<string>, byDistance: boolean): HTMLElement {
  const e: DirectoryEntry = hit.entry;
  const li = serviceCard(template!, e);
  li.dataset['id'] = e.id;
  if (byDistance) {
    const distance = slot(li, 'distance');
    distance.textContent = distanceText(hit);
    distance.hidden = false;
  }
  const button = li.querySelector<HTMLButtonElement>('button.shortlist-button')!;
  button.dataset['shortlistId'] = e.id;
  wireShortlistButton(button, e.name, saved.has(e.id));
  return li;
}

function readForm(known: KnownIds): DirectoryQuery {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form!)) if (typeof value === 'string' && value.trim() !== '') params.append(name, value);
  return decodeQuery(params, known);
}

/** Fills the form from the address, the age and postcode as they were typed (even when they are wrong). */
function setForm(query: DirectoryQuery, params: URLSearchParams): void {
  const f = form!;
  (f.elements.namedItem('q') as HTMLInputElement).value = query.q;
  if (ageInput) ageInput.value = (params.get('age') ?? '').trim().slice(0, 20);
  if (nearInput) nearInput.value = query.near ?? '';
  for (const name of ['need', 'for', 'category', 'area', 'cost', 'referral'] as const) {
    const chosen: readonly string[] = query[name];
    f.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`).forEach((box) => (box.checked = chosen.includes(box.value)));
    if (chosen.length > 0) f.querySelector<HTMLDetailsElement>(`details[data-group="${name}"]`)?.setAttribute('open', '');
  }
  showChosen();
}

/** "(2 chosen)" beside each closed group, so choices are not hidden away. */
function showChosen(): void {
  form!.querySelectorAll<HTMLElement>('[data-chosen-for]').forEach((el) => {
    const n = form!.querySelectorAll(`input[name="${el.dataset['chosenFor']}"]:checked`).length;
    el.textContent = n > 0 ? `(${n} chosen)` : '';
  });
}

/** The address for a query: only the postcode district, never the full postcode; an age as typed, so a wrong one is kept. */
function addressFor(query: DirectoryQuery): string {
  const district = query.near === undefined ? undefined : parseDistrict(query.near);
  const { near: _near, ...rest } = query;
  const search = encodeQuery(district === undefined ? rest : { ...rest, near: district });
  const typedAge = ageInput?.value.trim() ?? '';
  if (query.age !== undefined || typedAge === '') return location.pathname + search;
  const params = new URLSearchParams(search);
  params.set('age', typedAge.slice(0, 20));
  return `${location.pathname}?${params.toString()}`;
}

/** The results heading: how many, and in what order. */
function sentence(state: State, query: DirectoryQuery, res: DirectoryResults): string {
  const n = res.hits.length;
  if (n === 0) return resultsSentence(0);
  const base = isEmptyQuery(query) && !state.point ? `${countServices(n)}, A to Z` : resultsSentence(n);
  const district = query.near === undefined ? undefined : parseDistrict(query.near);
  const near = state.point ? 'your location' : district !== undefined && res.hits.some((h) => h.distanceKm !== undefined) ? district : undefined;
  if (near === undefined) return res.nearProblem && !state.point ? `${base}. Your postcode could not be used` : base;
  return queryWords(query.q).length > 0 ? `${base}, best matches first, then nearest to ${near}` : `${base}, nearest to ${near} first`;
}

/** What was typed in the age and postcode boxes. */
function typedBoxes(state: State) {
  return { age: ageInput?.value ?? '', near: state.point ? '' : (nearInput?.value ?? '') };
}

/** Marks each box with its error (or clears it) and fills the error summary; returns whether there were errors. */
function showFormErrors(state: State, moveFocus: boolean): boolean {
  const errors: FieldError[] = directoryFormErrors(typedBoxes(state), state.districts);
  for (const name of ['age', 'near'] as const) {
    const input = name === 'age' ? ageInput : nearInput;
    const group = form!.querySelector<HTMLElement>(`[data-field="${name}"]`);
    const message = document.querySelector<HTMLElement>(`#${name}-error`);
    if (!input || !group || !message) continue;
    setFieldError({ group, message, describe: input, invalid: [input] }, errors.find((e) => e.field === name)?.text);
  }
  if (summary) {
    if (errors.length > 0) showErrorSummary(summary, errors.map((e) => ({ text: e.text, href: `#${e.field}` })), { focus: moveFocus });
    else hideErrorSummary(summary);
  }
  return errors.length > 0;
}

/** Fetches the summaries once, then writes them into any card drawn without one. */
function wantSummaries(state: State): void {
  if (state.summaries) return;
  state.summaries = true;
  void fetchSummaries(state.payload.key).then((found) => {
    if (!found || !addSummaries(state.payload, state.prepared.entries, found)) return;
    for (const li of list!.children) {
      const summary = slot(li, 'summary');
      if (summary.textContent === '') summary.textContent = state.byId.get((li as HTMLElement).dataset['id'] ?? '')?.summary ?? '';
    }
  });
}

/**
 * Keeps the cards the server drew (the first page of the A to Z list, with
 * their summaries) when they are exactly the first results, so opening the
 * page redraws nothing and nothing moves; only their buttons are wired.
 */
function adoptServerList(state: State): boolean {
  const cards = [...list!.children] as HTMLElement[];
  const same = (li: HTMLElement, i: number) => li.dataset['id'] === state.hits[i]!.entry.id && state.hits[i]!.distanceKm === undefined;
  if (cards.length === 0 || cards.length > state.hits.length || !cards.every(same)) return false;
  const saved = new Set(readShortlist());
  for (const li of cards) {
    const button = li.querySelector<HTMLButtonElement>('button.shortlist-button');
    const id = li.dataset['id'] ?? '';
    if (button) wireShortlistButton(button, state.byId.get(id)?.name ?? '', saved.has(id));
  }
  state.shown = cards.length;
  return true;
}

function renderMore(state: State, from: number): void {
  wantSummaries(state);
  const fragment = document.createDocumentFragment();
  const saved = new Set(readShortlist());
  const byDistance = state.hits.some((h) => h.distanceKm !== undefined);
  for (const hit of state.hits.slice(from, state.shown)) fragment.append(card(hit, saved, byDistance));
  if (from === 0) list!.replaceChildren(fragment);
  else list!.append(fragment);
  updateMore(state);
}

function updateMore(state: State): void {
  const left = state.hits.length - state.shown;
  more!.hidden = left <= 0;
  more!.textContent = `Show ${Math.min(BATCH, left)} more ${Math.min(BATCH, left) === 1 ? 'service' : 'services'} (${left} not shown yet)`;
}

/** Filters and renders; `announce` says whether to speak the count now, later (typing) or not. */
function run(state: State, announce: 'now' | 'later'): void {
  const start = performance.now();
  const query = readForm(state.known);
  const { near: _near, ...withoutNear } = query;
  let res = runDirectoryQuery(state.prepared, state.point ? withoutNear : query, state.districts);
  if (state.point) res = nearestToPoint(res, state.point, state.districts, queryWords(query.q).length > 0);
  const searched = performance.now();
  state.hits = res.hits;
  const drawn = `${res.hits.length}|${res.hits.slice(0, BATCH).map((h) => `${h.entry.id}:${h.distanceKm ?? ''}`).join(',')}`;
  if (state.drawn === undefined && adoptServerList(state)) {
    state.drawn = drawn;
    updateMore(state);
  } else if (drawn !== state.drawn) {
    state.shown = BATCH;
    renderMore(state, 0);
    state.drawn = drawn;
  }
  help!.hidden = res.hits.length > 0;
  help!.textContent = NO_RESULTS_HELP;
  showChosen();
  const text = sentence(state, query, res);
  window.clearTimeout(state.announceTimer);
  // The address changes after a pause too: browsers limit how often a page may rewrite it.
  const settle = () => {
    count!.textContent = text;
    const address = addressFor(query);
    if (address !== location.pathname + location.search) history.replaceState(history.state, '', address);
  };
  if (announce === 'now') settle();
  else state.announceTimer = window.setTimeout(settle, ANNOUNCE_DELAY_MS);
  // For the benchmark and for anyone curious: how long filtering and drawing took, in milliseconds.
  const end = performance.now();
  results!.dataset['lastFilterMs'] = (end - start).toFixed(1);
  results!.dataset['lastSearchMs'] = (searched - start).toFixed(1);
}

function useLocation(state: State): void {
  if (!('geolocation' in navigator)) {
    locationStatus!.textContent = 'Your browser cannot share your location. Type your postcode instead.';
    return;
  }
  locationStatus!.textContent = 'Finding your location…';
  navigator.geolocation.getCurrentPosition(
    (position) => {
      state.point = { latitude: position.coords.latitude, longitude: position.coords.longitude };
      if (nearInput) nearInput.value = '';
      locationStatus!.textContent = 'Showing the nearest services to your location first. Your location stays in your browser and is not saved.';
      run(state, 'now');
    },
    () => {
      locationStatus!.textContent = 'We could not get your location. Type your postcode instead.';
    },
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
  );
}

/** The index, once loaded; a form sent before then waits for it. */
let ready: State | undefined;
/** The form was sent before the index arrived: answer it when it does. */
let pending = false;
/** The index could not be loaded: the form then works as a plain form (the page reloads on the results). */
let failed = false;

/** Sending the form: check the boxes, filter, and move focus to the error summary or the results heading. */
function submitted(state: State): void {
  run(state, 'now');
  if (!showFormErrors(state, true)) heading?.focus();
}

function wire(state: State): void {
  const f = form!;
  // Someone about to search: fetch the summaries while they type.
  f.addEventListener('focusin', () => wantSummaries(state), { once: true });
  f.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target === nearInput) {
      state.point = undefined;
      if (locationStatus) locationStatus.textContent = '';
    }
    // Typing in a box speaks the count after a pause; a checkbox choice speaks it at once.
    const typing = target instanceof HTMLInputElement && (target.type === 'search' || target.type === 'text');
    run(state, typing ? 'later' : 'now');
  });
  locate?.addEventListener('click', () => useLocation(state));
  more!.addEventListener('click', () => {
    const from = state.shown;
    state.shown += BATCH;
    renderMore(state, from);
    list!.children[from]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  document.querySelector('#clear-filters')?.addEventListener('click', (event) => {
    event.preventDefault();
    state.point = undefined;
    if (locationStatus) locationStatus.textContent = '';
    f.reset();
    f.querySelectorAll('details[open]').forEach((d) => d.removeAttribute('open'));
    showFormErrors(state, false);
    run(state, 'now');
    (f.elements.namedItem('q') as HTMLInputElement).focus();
  });
}

async function start(): Promise<void> {
  if (!form || !list || !results || !count || !help || !more || !template) return;
  // The page opened from a form sent before this script ran (the form's action ends in #results-heading).
  const sentBeforeScript = location.hash === '#results-heading';
  revealJsOnly();
  // Listen for the form at once: sent before the index arrives, it waits instead of reloading the page.
  form.addEventListener('submit', (event) => {
    if (failed) return;
    event.preventDefault();
    if (ready) return submitted(ready);
    pending = true;
    count.textContent = 'Finding services…';
    heading?.focus();
  });
  // Waiting for the index: a form sent now is held, not sent again.
  results.dataset['ready'] = 'false';
  let payload: DirectoryPayload;
  try {
    payload = await fetchIndex();
  } catch {
    // Leave the server-rendered list and links as they are: they work without the index.
    failed = true;
    if (pending) form.submit();
    return;
  }
  const entries = decodeIndex(payload);
  const state: State = {
    payload,
    prepared: prepareDirectory(entries, payload),
    byId: new Map(entries.map((e) => [e.id, e])),
    summaries: false,
    districts: payloadDistricts(payload),
    known: { categories: payload.categories.map((t) => t[0]), needs: payload.needs.map((t) => t[0]), areas: payload.areas.map((t) => t[0]) },
    hits: [],
    shown: BATCH,
  };
  // What someone typed before the index arrived wins over the address.
  const typedFirst = pending || form.matches(':focus-within');
  if (!typedFirst) setForm(decodeQuery(location.search, state.known), new URLSearchParams(location.search));
  run(state, 'now');
  // A form sent before the script or the index arrived: the page opened on #results-heading, or the send was held.
  if (pending) submitted(state);
  else showFormErrors(state, sentBeforeScript);
  ready = state;
  results.dataset['ready'] = 'true';
  // Search once while the page is idle, so the first real keystroke does not wait for the browser to compile the search.
  (window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 200)))(() => searchDirectory(state.prepared, 'warm search'));
  wire(state);
}

void start();
