/**
 * Site search over the pagefind index built after `astro build`. Pagefind's
 * script, WebAssembly and index files are loaded only when someone searches
 * (types in the box or arrives with ?q=), never with the page.
 */
import { fill } from '../core/text';
import { ENGLISH_SEARCH, excerptParts, queryFromSearch, resultCountText, type SearchClientStrings } from './results';
import { BASE_PATH, withBase } from '../core/base-path';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('#search-q');
const section = document.querySelector<HTMLElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-list]');
let pagefind: Promise<Pagefind> | undefined;

/** A translated search page gives its sentences on the form; English is built in. */
function pageStrings(): SearchClientStrings {
  const json = form?.dataset['searchStrings'];
  if (!json) return ENGLISH_SEARCH;
  try {
    return { ...ENGLISH_SEARCH, ...(JSON.parse(json) as Partial<SearchClientStrings>) };
  } catch {
    return ENGLISH_SEARCH;
  }
}
const s = pageStrings();

function loadPagefind(): Promise<Pagefind> {
  // A path built at run time, so the bundler leaves the import to the browser.
  const url = withBase(['', 'pagefind', 'pagefind.js'].join('/'));
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // The index holds site paths (/guides/x/); baseUrl puts a site hosted under a path in front of each result.
    await pf.options({ excerptLength: 24, baseUrl: BASE_PATH });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  const type = document.createElement('p');
  type.className = 'result-type';
  const kind = data.meta['type'] ?? 'Page';
  type.textContent = s.types[kind] ?? kind;
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Only <mark> survives from pagefind's HTML; everything else is text.
  for (const part of excerptParts(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(document.createTextNode(part.text));
  }
  item.append(heading, type, excerpt);
  return item;
}

async function run(query: string): Promise<void> {
  if (!section || !status || !list) return;
  const q = query.trim();
  if (q === '') {
    section.hidden = true;
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  section.hidden = false;
  try {
    const pf = await loadPagefind();
    const search = await pf.debouncedSearch(q, {}, 250);
    if (search === null) return; // a newer search replaced this one
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...data.map(resultItem));
    const shown = search.results.length > MAX_RESULTS ? fill(s.showingFirst, { max: MAX_RESULTS }) : '';
    status.textContent = resultCountText(search.results.length, q, s) + shown;
  } catch {
    list.replaceChildren();
    status.textContent = s.failed;
  }
}

if (form && input) {
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const initial = queryFromSearch(window.location.search);
  input.value = initial;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(window.location.search);
    params.set('q', input.value.trim());
    history.replaceState(null, '', `${window.location.pathname}?${params.toString()}`);
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  if (initial !== '') void run(initial);
}
