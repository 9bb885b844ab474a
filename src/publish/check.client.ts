/**
 * /publish/check/ in the browser: reads the chosen (or dropped) CSV file,
 * works out which data file it is, checks it with the same code as
 * check-data against the published files, and shows every problem in the
 * GOV.UK error summary pattern, or a preview when there is no error.
 * The file never leaves the computer.
 */
import { formatProblem, locate, summarise, type DataProblem } from '../core/problems';
import { checkFile, type FileCheck } from './check-file';
import { FILE_KIND_IDS, recogniseFile, type FileKindId } from './kinds';
import type { Preview } from './preview';
import { publishedFromJson, type PublishedJson, type PublishedSite } from './published';
import { el } from '../ui/dom';
import { hideErrorSummary, setFieldError, showErrorSummary } from '../ui/error-summary/error-summary.client.ts';
import type { SummaryItem } from '../ui/error-summary/error-summary';

const form = document.querySelector<HTMLFormElement>('[data-check-form]');
const input = document.querySelector<HTMLInputElement>('#csv-file');
const dropZone = document.querySelector<HTMLElement>('[data-drop-zone]');
const chosen = document.querySelector<HTMLElement>('[data-chosen]');
const fileGroup = document.querySelector<HTMLElement>('[data-file-group]');
const fileError = document.querySelector<HTMLElement>('[data-file-error]');
const formErrors = document.querySelector<HTMLElement>('#form-errors');
const results = document.querySelector<HTMLElement>('[data-results]');

function part<T extends HTMLElement = HTMLElement>(name: string): T {
  return results!.querySelector<T>(`[data-${name}]`)!;
}

let published: Promise<PublishedSite> | undefined;

/** The files the site was built from, fetched once from this site. */
function publishedFiles(): Promise<PublishedSite> {
  published ??= fetch(form!.dataset['published']!).then(async (response) => {
    if (!response.ok) throw new Error(`The published files could not be loaded (${response.status}).`);
    return publishedFromJson((await response.json()) as PublishedJson);
  });
  return published;
}

const fileField = () => ({ group: fileGroup!, message: fileError!, describe: input!, invalid: [input!] });

/** The form's own mistakes (no file, a file we cannot place), in the error summary at the top. */
function showFormError(message: string, target: string): void {
  results!.hidden = true;
  if (target === 'csv-file') setFieldError(fileField(), message);
  showErrorSummary(formErrors!, [{ text: message, href: `#${target}` }]);
}

function clearFormError(): void {
  setFieldError(fileField(), undefined);
  hideErrorSummary(formErrors!);
}

function showChosen(): void {
  const file = input!.files?.[0];
  chosen!.textContent = file ? `Chosen: ${file.name}` : '';
}

/** A problem in check-data's words, with where it is in bold so a long list can be scanned. */
function problemItem(p: DataProblem): SummaryItem {
  const text = formatProblem(p);
  const where = `${p.severity === 'error' ? 'Error' : 'Warning'}: ${locate(p)}:`;
  return text.startsWith(where) ? { lead: where, text: text.slice(where.length).trim() } : { text };
}

/** The warnings, in the same form as the errors in the summary. */
function problemList(list: HTMLElement, problems: readonly DataProblem[]): void {
  list.replaceChildren(
    ...problems.map((p) => {
      const item = problemItem(p);
      const li = el('li');
      if (item.lead) li.append(el('strong', item.lead), ' ');
      li.append(item.text);
      return li;
    }),
  );
}

function previewNodes(preview: Preview): Node[] {
  const nodes: Node[] = [el('p', preview.title, 'preview-title'), ...preview.sentences.map((s) => el('p', s))];
  if (preview.table) {
    const table = el('table', undefined, 'data');
    table.append(el('caption', preview.table.caption));
    const head = el('tr');
    head.append(...preview.table.columns.map((c) => Object.assign(el('th', c), { scope: 'col' })));
    const body = el('tbody');
    body.append(
      ...preview.table.rows.map((cells) => {
        const tr = el('tr');
        tr.append(Object.assign(el('th', cells[0]), { scope: 'row' }), ...cells.slice(1).map((c) => el('td', c)));
        return tr;
      }),
    );
    const thead = el('thead');
    thead.append(head);
    table.append(thead, body);
    const wrap = el('div', undefined, 'table-wrap');
    wrap.append(table);
    nodes.push(wrap);
  }
  return nodes;
}

function showResults(name: string, check: FileCheck): void {
  const errors = check.problems.filter((p) => p.severity === 'error');
  const warnings = check.problems.filter((p) => p.severity === 'warning');
  part('results-heading').textContent = `Results for ${name}`;
  part('results-intro').textContent = `Checked as ${check.kind.label}, in place of ${check.file}.`;
  const summary = results!.querySelector<HTMLElement>('#problem-summary')!;
  part('problem-count').textContent = errors.length > 0 ? `${summarise(check.problems)}. Nothing would be published until the errors are fixed.` : '';
  showErrorSummary(summary, errors.map(problemItem), { focus: false });
  part('warnings').hidden = warnings.length === 0;
  problemList(part('warning-list'), warnings);
  const success = part('success');
  success.hidden = errors.length > 0;
  part('success-title').textContent = warnings.length > 0 ? 'No errors: this file can be published, but check the warnings' : 'No problems: this file can be published';
  part('preview').replaceChildren(...(check.preview ? [el('p', 'What would be published:'), ...previewNodes(check.preview)] : []));
  results!.hidden = false;
  (errors.length > 0 ? summary : part('results-heading')).focus();
}

async function run(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  clearFormError();
  const file = input!.files?.[0];
  if (!file) return showFormError('Choose a CSV file to check', 'csv-file');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const picked = new FormData(form!).get('kind');
  const kind = FILE_KIND_IDS.includes(picked as FileKindId) ? (picked as FileKindId) : recogniseFile(file.name, bytes);
  if (!kind) return showFormError('Choose which file it is: its name and column names do not match any data file', 'kind-ehcp-timeliness');
  let files: PublishedSite;
  try {
    files = await publishedFiles();
  } catch (error) {
    published = undefined;
    return showFormError(`${error instanceof Error ? error.message : 'The published files could not be loaded.'} Try again, or run npm run check-data.`, 'csv-file');
  }
  const threshold = Number(form!.dataset['threshold']);
  showResults(file.name, checkFile({ kind, name: file.name, bytes, published: files, today: new Date(), threshold }));
}

function setUp(): void {
  if (!form || !input || !dropZone || !chosen || !fileGroup || !fileError || !formErrors || !results) return;
  document.querySelector<HTMLElement>('[data-check-nojs]')?.setAttribute('hidden', '');
  form.hidden = false;
  input.addEventListener('change', showChosen);
  form.addEventListener('submit', (event) => void run(event));
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('is-dragging');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('is-dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('is-dragging');
    if (!event.dataTransfer?.files.length) return;
    input.files = event.dataTransfer.files;
    showChosen();
    input.focus();
  });
}

setUp();
