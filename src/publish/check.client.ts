/**
 * /publish/check/ in the browser: reads the chosen (or dropped) CSV files,
 * works out which data file each is, checks them together with the same code
 * as check-data against the published files, and shows every problem (each
 * cause first, what follows from it listed under it) in the GOV.UK error
 * summary pattern, or a preview when there is no error. The files never leave
 * the computer.
 */
import { formatProblem, locate, summarise, type DataProblem } from '../core/problems';
import { causesSummary } from '../core/causes';
import { isWorkbook } from '../build/folder-files';
import { checkFiles, type ChosenFile, type FilesCheck } from './check-file';
import { FILE_KIND_IDS, fileKind, recogniseFile, type FileKindId } from './kinds';
import type { Preview } from './preview';
import type { Draft } from '../content/updates/draft';
import { publishedFromJson, type PublishedJson, type PublishedSite } from './published';
import { el } from '../ui/dom';
import { hideErrorSummary, setFieldError, showErrorSummary } from '../ui/error-summary/error-summary.client.ts';
import { errorTitle } from '../ui/error-summary/error-summary';

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
  const names = [...(input!.files ?? [])].map((f) => f.name);
  chosen!.textContent = names.length ? `Chosen: ${names.join(', ')}` : '';
}

/** One problem in check-data's words, with where it is in bold so a long list can be scanned. */
function problemText(p: DataProblem): HTMLElement {
  const text = formatProblem(p);
  const where = `${p.severity === 'error' ? 'Error' : 'Warning'}: ${locate(p)}:`;
  const span = el('span');
  span.dataset['problem'] = '';
  if (text.startsWith(where)) span.append(el('strong', where), document.createTextNode(text.slice(where.length)));
  else span.textContent = text;
  return span;
}

/** Each problem, with those that follow from a cause listed under it. */
function problemList(list: HTMLElement, problems: readonly DataProblem[]): void {
  const items: HTMLElement[] = [];
  for (const p of problems) {
    const li = el('li');
    li.append(problemText(p));
    const cause = items.at(-1);
    if (p.because && cause) {
      let under = cause.querySelector('ul');
      if (!under) {
        // Folded, so the causes can be scanned; each still says what it follows from.
        const details = el('details', undefined, 'followers');
        details.append(el('summary'), (under = el('ul', undefined, 'problem-list')));
        cause.append(details);
      }
      under.append(li);
      const n = under.children.length;
      cause.querySelector('summary')!.textContent = `${n} more ${n === 1 ? 'problem follows' : 'problems follow'} from this one`;
    } else items.push(li);
  }
  list.replaceChildren(...items);
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

/** The drafted update for the new month, to copy into a new file on GitHub. */
function draftNodes(draft: Draft): Node[] {
  const text = el('textarea', undefined, 'draft-text');
  Object.assign(text, { id: 'draft-text', readOnly: true, rows: 14, value: draft.text });
  text.setAttribute('aria-describedby', 'draft-hint');
  const hint = el('p', undefined, 'hint');
  hint.id = 'draft-hint';
  hint.append(
    document.createTextNode('Publish it with the figures: on GitHub, in content/updates/, choose Add file > Create new file, name it '),
    el('code', draft.name),
    document.createTextNode(' and paste this in. Read it first, and say what the figures mean for families. Keep each <Fact name="…" /> as it is: the site fills in the figure.'),
  );
  return [el('h4', 'The update that announces these figures'), hint, Object.assign(el('label', 'Draft update'), { htmlFor: 'draft-text', className: 'form-label' }), text];
}

/** What each file was checked as, and where it would go: a sentence for one file, a list for several. */
function intro(check: FilesCheck): Node[] {
  const [first] = check.files;
  if (check.files.length === 1 && first) {
    return [el('p', first.kind ? `Checked as ${first.kind.label}, in place of ${first.file}.` : 'Not checked: it is a workbook, not a CSV file.')];
  }
  const list = el('ul');
  list.append(...check.files.map((f) => el('li', f.kind ? `${f.name}: ${f.kind.title}, in place of ${f.file}` : `${f.name}: not checked, because it is a workbook, not a CSV file`)));
  return [el('p', 'Checked together:'), list];
}

function showResults(check: FilesCheck): void {
  const errors = check.problems.filter((p) => p.severity === 'error');
  const warnings = check.problems.filter((p) => p.severity === 'warning');
  const one = check.files.length === 1;
  part('results-heading').textContent = one ? `Results for ${check.files[0]!.name}` : `Results for ${check.files.length} files`;
  part('results-intro').replaceChildren(...intro(check));
  const summary = part('problem-summary');
  summary.hidden = errors.length === 0;
  part('problem-count').textContent =
    errors.length > 0 ? [`${summarise(check.problems)}.`, causesSummary(errors), 'Nothing would be published until the errors are fixed.'].filter(Boolean).join(' ') : '';
  problemList(part('error-list'), errors);
  part('warnings').hidden = warnings.length === 0;
  problemList(part('warning-list'), warnings);
  const success = part('success');
  success.hidden = errors.length > 0;
  const can = one ? 'this file can be published' : 'these files can be published';
  part('success-title').textContent = warnings.length > 0 ? `No errors: ${can}, but check the warnings` : `No problems: ${can}`;
  const previews = check.files.filter((f) => f.preview);
  part('preview').replaceChildren(
    ...(previews.length ? [el('p', 'What would be published:')] : []),
    ...previews.flatMap((f) => [...(one ? [] : [el('h4', f.file, 'preview-file')]), ...previewNodes(f.preview!)]),
  );
  part('draft').replaceChildren(...(check.draft && errors.length === 0 ? draftNodes(check.draft) : []));
  results!.hidden = false;
  document.title = errorTitle(document.title, errors.length > 0);
  (errors.length > 0 ? summary : part('results-heading')).focus();
}

/** The chosen files, each with the data file it is (said, or worked out from its name and columns). */
async function chosenFiles(list: readonly File[], said: FileKindId | undefined): Promise<ChosenFile[]> {
  return Promise.all(
    list.map(async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const kind = said ?? (isWorkbook(file.name, bytes) ? undefined : recogniseFile(file.name, bytes));
      return { name: file.name, bytes, kind, chosen: said !== undefined };
    }),
  );
}

/** A mistake in what was chosen, or undefined. */
function choiceProblem(files: readonly ChosenFile[]): { message: string; target: string } | undefined {
  const unknown = files.filter((f) => !f.kind && !isWorkbook(f.name, f.bytes));
  if (unknown.length > 0) {
    return files.length === 1
      ? { message: 'Choose which file it is: its name and column names do not match any data file', target: 'kind-ehcp-timeliness' }
      : { message: `The name and column names of ${unknown.map((f) => f.name).join(' and ')} do not match any data file: check it on its own and choose which file it is`, target: 'csv-file' };
  }
  const single = files.filter((f) => f.kind && !fileKind(f.kind).path.endsWith('/'));
  const twice = single.find((f, i) => single.findIndex((g) => g.kind === f.kind) !== i);
  if (twice) {
    const same = single.filter((f) => f.kind === twice.kind).map((f) => f.name);
    return { message: `Choose one file for each data file: ${same.join(' and ')} are both ${fileKind(twice.kind!).label}`, target: 'csv-file' };
  }
  return undefined;
}

async function run(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  clearFormError();
  const list = [...(input!.files ?? [])];
  if (list.length === 0) return showFormError('Choose a CSV file to check', 'csv-file');
  const picked = new FormData(form!).get('kind');
  const said = FILE_KIND_IDS.includes(picked as FileKindId) ? (picked as FileKindId) : undefined;
  if (said && list.length > 1) return showFormError('Choose one file when you say which file it is, or choose “Work it out” to check several files together', 'kind-auto');
  const files = await chosenFiles(list, said);
  const wrong = choiceProblem(files);
  if (wrong) return showFormError(wrong.message, wrong.target);
  let site: PublishedSite;
  try {
    site = await publishedFiles();
  } catch (error) {
    published = undefined;
    return showFormError(`${error instanceof Error ? error.message : 'The published files could not be loaded.'} Try again, or run npm run check-data.`, 'csv-file');
  }
  const threshold = Number(form!.dataset['threshold']);
  showResults(checkFiles(files, site, new Date(), threshold));
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
