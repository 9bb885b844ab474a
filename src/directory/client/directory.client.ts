/**
 * The directory filter on /services/: fetches the compact index once, then on
 * every change to the form filters (facets first, then words), renders the
 * first results from the card <template>, keeps the address in step so the
 * search can be bookmarked, and tells screen readers how many services match.
 * The cards' summaries are fetched when the form is first used.
 * Without this script the page is still a complete A to Z list with links.
 */
import { addSummaries, decodeIndex, NO_RESULTS_HELP, resultsSentence, type DirectoryEntry } from '../directory';
import { countServices } from '../pages';
import { nearestToPoint, payloadDistricts, type DirectoryPayload } from '../payload';
import { fetchIndex, fetchSummaries } from './index-loader';
import { prepareDirectory, runDirectoryQuery, searchDirectory, type DirectoryResults, type PreparedDirectory } from '../filter';
import { decodeQuery, encodeQuery, isEmptyQuery, type DirectoryQuery, type KnownIds } from '../url';
import { describeDistance, parseDistrict, type District, type LatLon } from '../geo';
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
const nearError = document.querySelector<HTMLElement>('#near-error');
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

function card(hit: DirectoryResults['hits'][number], saved: ReadonlySet<string>): HTMLElement {
  const e: DirectoryEntry = hit.entry;
  const li = serviceCard(template!, e);
  li.dataset['id'] = e.id;
  if (hit.distanceKm !== undefined) {
    const distance = slot(li, 'distance');
    distance.textContent = `${describeDistance(hit.distanceKm)} away`;
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

function setForm(query: DirectoryQuery): void {
  const f = form!;
  (f.elements.namedItem('q') as HTMLInputElement).value = query.q;
  (f.elements.namedItem('age') as HTMLSelectElement).value = query.age === undefined ? '' : String(query.age);
  if (nearInput) nearInput.value = query.near ?? '';
  for (const name of ['need', 'category', 'area', 'cost', 'referral'] as const) {
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

/** The address for a query: only the postcode district, never the full postcode. */
function addressFor(query: DirectoryQuery): string {
  const district = query.near === undefined ? undefined : parseDistrict(query.near);
  const { near: _near, ...rest } = query;
  return location.pathname + encodeQuery(district === undefined ? rest : { ...rest, near: district });
}

function sentence(state: State, query: DirectoryQuery, n: number): string {
  if (n === 0) return resultsSentence(0);
  const base = isEmptyQuery(query) && !state.point ? `${countServices(n)}, A to Z` : resultsSentence(n);
  const district = query.near === undefined ? undefined : parseDistrict(query.near);
  if (state.point) return `${base}, nearest to your location first`;
  if (district !== undefined && state.hits.some((h) => h.distanceKm !== undefined)) return `${base}, nearest to ${district} first`;
  return base;
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
  for (const hit of state.hits.slice(from, state.shown)) fragment.append(card(hit, saved));
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
function run(state: State, announce: 'now' | 'later', showNearProblem: boolean): void {
  const start = performance.now();
  const query = readForm(state.known);
  const { near: _near, ...withoutNear } = query;
  let res = runDirectoryQuery(state.prepared, state.point ? withoutNear : query, state.districts);
  if (state.point) res = nearestToPoint(res, state.point, state.districts);
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
  if (nearError) {
    const problem = showNearProblem && !state.point ? res.nearProblem : undefined;
    nearError.hidden = problem === undefined;
    nearError.textContent = problem ?? '';
    if (nearInput) {
      if (problem) nearInput.setAttribute('aria-invalid', 'true');
      else nearInput.removeAttribute('aria-invalid');
      nearInput.setAttribute('aria-describedby', problem ? 'near-error near-hint' : 'near-hint');
    }
  }
  showChosen();
  const text = sentence(state, query, res.hits.length);
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
      run(state, 'now', false);
    },
    () => {
      locationStatus!.textContent = 'We could not get your location. Type your postcode instead.';
    },
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
  );
}

async function start(): Promise<void> {
  if (!form || !list || !results || !count || !help || !more || !template) return;
  revealJsOnly();
  let payload: DirectoryPayload;
  try {
    payload = await fetchIndex();
  } catch {
    // Leave the server-rendered list and links as they are: they work without the index.
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
  setForm(decodeQuery(location.search, state.known));
  run(state, 'now', true);
  results.dataset['ready'] = 'true';
  // Search once while the page is idle, so the first real keystroke does not wait for the browser to compile the search.
  (window.requestIdleCallback ?? ((work: () => void) => window.setTimeout(work, 200)))(() => searchDirectory(state.prepared, 'warm search'));
  // Someone about to search: fetch the summaries while they type.
  form.addEventListener('focusin', () => wantSummaries(state), { once: true });

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (target === nearInput) {
      state.point = undefined;
      if (locationStatus) locationStatus.textContent = '';
    }
    // Typing in a box speaks the count after a pause; a checkbox or list choice speaks it at once.
    const typing = target instanceof HTMLInputElement && (target.type === 'search' || target.type === 'text');
    run(state, typing ? 'later' : 'now', false);
  });
  form.addEventListener('change', (event) => {
    if (event.target === nearInput) run(state, 'now', true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(state, 'now', true);
    heading?.focus();
  });
  locate?.addEventListener('click', () => useLocation(state));
  more.addEventListener('click', () => {
    const from = state.shown;
    state.shown += BATCH;
    renderMore(state, from);
    list.children[from]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  document.querySelector('#clear-filters')?.addEventListener('click', (event) => {
    event.preventDefault();
    state.point = undefined;
    if (locationStatus) locationStatus.textContent = '';
    form.reset();
    form.querySelectorAll('details[open]').forEach((d) => d.removeAttribute('open'));
    run(state, 'now', false);
    (form.elements.namedItem('q') as HTMLInputElement).focus();
  });
}

void start();
