/**
 * Translated pages: `content/<lang>/` mirrors `content/`. `content/pl/guides/x.mdx`
 * is the Polish of `content/guides/x.mdx`, published at `/pl/guides/x/`;
 * `content/pl/home.mdx` is the Polish of `content/home.mdx`, the language's home
 * page at `/pl/`. Each records the hash of the English it was translated from,
 * so a changed English page is noticed. Pure and browser-safe; files are read
 * by check.node.ts and the collection.
 */
import { linkedTools, TOOLS } from '../content/guides/tool-links';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { frontmatterDate, readFrontmatterWith, requiredText, splitFrontmatter } from '../content/frontmatter';
import { guideHeadings, parseGuide } from '../content/guides/mdx';
import { problem, type DataProblem } from '../core/problems';
import { checkFacts, type Facts } from '../content/facts/facts';
import { englishHas, extraValues, kindWord } from './values';

export const translationSchema = z.object({
  /** The page title, translated. */
  title: requiredText('a title, translated from the English page'),
  /** The one or two sentences under the title, translated. */
  summary: requiredText('a summary, translated from the English page'),
  /** The hash of the English text this was translated from; `npx tsx scripts/translation-hash.ts <English file>` prints it. */
  source_hash: z
    .string({ error: () => 'the 12-character hash of the English page, such as 3f9a0c41d2b7' })
    .regex(/^[0-9a-f]{12}$/, { error: () => 'the 12-character hash of the English page, such as 3f9a0c41d2b7' }),
  /** The date the translation was made or last brought up to date. */
  translated: frontmatterDate,
  /** Who checked the translation: a qualified translator's name. Empty until then, and the page says so. */
  checked_by: z
    .string()
    .nullish()
    .transform((v) => (v ?? '').trim()),
});

export type TranslationFrontmatter = z.output<typeof translationSchema>;

/** The fields a translation's frontmatter needs, for messages. */
const FIELDS = 'title, summary, source_hash, translated and checked_by';

/** What kind of page a translation is, from its path under `content/<lang>/`. */
export interface TranslationRoute {
  kind: 'home' | 'guide';
  /** For guides, the English guide's slug, e.g. `ehcp-process`. */
  slug: string;
  /** The English file, relative to `content/`: `guides/ehcp-process.mdx`, `home.mdx`. */
  englishFile: string;
  /** The English page's address, and the page's address without a language: `/guides/ehcp-process/`, `/`. */
  englishHref: string;
}

/** The English text a home page translation is made from (`content/home.mdx`). */
export const HOME_SOURCE = 'home.mdx';

/**
 * Where a file under `content/<lang>/` belongs: `guides/ehcp-process.mdx` → the
 * guide `ehcp-process`; `home.mdx` → the language's home page. Anything else
 * is not a page the site translates, so undefined.
 */
export function translationRoute(pathInLanguage: string): TranslationRoute | undefined {
  const path = pathInLanguage.replace(/\\/g, '/').replace(/^\/+/, '');
  if (path === HOME_SOURCE) return { kind: 'home', slug: '', englishFile: HOME_SOURCE, englishHref: '/' };
  const guide = path.match(/^guides\/(.+)\.mdx?$/i);
  if (!guide) return undefined;
  const slug = guide[1]!.toLowerCase();
  return { kind: 'guide', slug, englishFile: path, englishHref: `/guides/${slug}/` };
}

/**
 * The text of an English page that a translation depends on: its title,
 * summary and body, with line endings and trailing spaces evened out. Review
 * dates and other frontmatter are left out, so re-reviewing the English page
 * does not make its translations out of date.
 */
export function sourceText(file: string): string {
  const { yaml, body } = splitFrontmatter(file.replace(/\r\n?/g, '\n'));
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = yaml === undefined ? {} : parseYaml(yaml);
    if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
  } catch {
    // A frontmatter error is reported by the guide checks; hash what there is.
    data = { frontmatter: yaml };
  }
  const tidy = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
  return [String(data['title'] ?? ''), String(data['summary'] ?? ''), tidy(body)].join('\n\n');
}

/** What a translated page tells its reader about the translation. */
export interface TranslationStatus {
  /** A qualified translator has checked it (`checked_by` is filled in). */
  checked: boolean;
  /** The English page has changed since it was translated. */
  stale: boolean;
}

export function translationStatus(data: Pick<TranslationFrontmatter, 'checked_by' | 'source_hash'>, englishHash: string): TranslationStatus {
  return { checked: data.checked_by !== '', stale: data.source_hash !== englishHash };
}

/** One translation file and what is known of its English source, for checking. */
export interface TranslationFile {
  lang: string;
  /** As committed, e.g. `content/pl/guides/ehcp-process.mdx`. */
  path: string;
  /** The path under `content/<lang>/`, e.g. `guides/ehcp-process.mdx`. */
  pathInLanguage: string;
  source: string;
  /** The English file, if it exists: its path as committed, text and hash. */
  english: { path: string; source: string; hash: string } | undefined;
  /** Where the English file should be, as committed, for messages when it is missing. */
  englishPath: string;
  /** The facts from the data, when it could be read: every `<Fact>` must name one, and a typed value that one gives is named. */
  facts?: Facts | undefined;
}

/** Level-2 headings, or undefined when the file cannot be read as MDX (reported elsewhere). */
function headingCount(source: string): number | undefined {
  try {
    return guideHeadings(parseGuide(source)).length;
  } catch {
    return undefined;
  }
}

/**
 * Everything wrong with one translation: its frontmatter, an English page that
 * no longer exists (an error: the translation would describe nothing), an
 * English page changed since (a warning naming both files, with the command
 * that shows what changed), a different number of sections from the English,
 * a tool the English links to that the translation does not, and a phone
 * number, email address or figure the English page does not give (./values.ts).
 * English readability rules are not applied: they measure English.
 */
export function checkTranslation(t: TranslationFile): DataProblem[] {
  const route = translationRoute(t.pathInLanguage);
  if (!route) {
    return [
      problem({
        file: t.path,
        expected: `a translated guide (content/${t.lang}/guides/…) or home page (content/${t.lang}/${HOME_SOURCE})`,
        fix: 'Only guides and the home page are translated; this file is not published.',
        severity: 'warning',
      }),
    ];
  }
  const { value: data, problems } = readFrontmatterWith(translationSchema, t.path, t.source, FIELDS);
  if (!t.english) {
    problems.push(
      problem({
        file: t.path,
        expected: `an English page at ${t.englishPath} to translate`,
        fix: `The English page has been moved or deleted. Move this translation to match the English page's new path, or delete it.`,
      }),
    );
    return problems;
  }
  if (data && data.source_hash !== t.english.hash) {
    problems.push(
      problem({
        file: t.path,
        column: 'source_hash',
        value: data.source_hash,
        expected: `the hash of ${t.english.path} as it is now (${t.english.hash})`,
        fix: `${t.english.path} has changed since this was translated on ${data.translated}; the page tells readers so. See what changed with: git log -p --since=${data.translated} -- ${t.english.path}. Update the translation, then set source_hash: ${t.english.hash} and translated: to today's date.`,
        severity: 'warning',
      }),
    );
  }
  const tools = linkedTools(t.source);
  for (const href of linkedTools(t.english.source)) {
    if (tools.has(href)) continue;
    const tool = TOOLS.find((x) => x.href === href)!;
    problems.push(
      problem({
        file: t.path,
        column: 'text',
        expected: `a link to the ${tool.title} (${href}), as ${t.english.path} has`,
        fix: `Link the words that name it, as the English does: [your words](${href}).`,
        severity: 'warning',
      }),
    );
  }
  for (const extra of extraValues(t.source, t.english.source, t.facts)) {
    const kind = kindWord(extra.kind);
    problems.push(
      problem({
        file: t.path,
        row: extra.line,
        column: 'text',
        value: extra.value,
        expected: `only the ${kind === 'figure' ? 'figures' : `${kind}s`} its English page gives: ${t.english.path} has ${englishHas(extra.kind, extra.english)}`,
        fix: extra.fact
          ? `Write <Fact name="${extra.fact}" /> instead, so every language gives the same ${kind} as the English page.`
          : `Give the ${kind} the English page gives, or take it out. A contact detail or figure comes from a <Fact> (docs/content-editors.md), which is the same in every language.`,
        severity: 'warning',
      }),
    );
  }
  if (t.facts) problems.push(...checkFacts(t.path, t.source, t.facts));
  const ours = headingCount(t.source);
  const theirs = headingCount(t.english.source);
  if (ours !== undefined && theirs !== undefined && ours !== theirs) {
    problems.push(
      problem({
        file: t.path,
        column: 'text',
        value: `${ours} sections`,
        expected: `the same sections as ${t.english.path} (${theirs} "##" headings)`,
        fix: 'Keep the English structure: one translated heading for each English heading, in the same order.',
        severity: 'warning',
      }),
    );
  }
  return problems;
}

/**
 * Problems with the set of languages: a configured language with no home page
 * (an error: `/<lang>/` cannot be built), and a folder of translations for a
 * language that is not configured (a warning: it is not published).
 */
export function checkLanguageFolders(configured: readonly string[], folders: readonly string[], homes: ReadonlySet<string>, contentLabel = 'content'): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const lang of configured) {
    if (homes.has(lang)) continue;
    problems.push(
      problem({
        file: `${contentLabel}/${lang}/${HOME_SOURCE}`,
        expected: `a home page for the language "${lang}", which data/site.yaml lists`,
        fix: `Translate ${contentLabel}/${HOME_SOURCE} into ${contentLabel}/${lang}/${HOME_SOURCE}, or remove "${lang}" from languages in data/site.yaml.`,
      }),
    );
  }
  for (const folder of folders) {
    if (configured.includes(folder)) continue;
    problems.push(
      problem({
        file: `${contentLabel}/${folder}/`,
        expected: `a language listed in languages in data/site.yaml`,
        fix: `Pages in ${contentLabel}/${folder}/ are not published. Add "${folder}" to languages in data/site.yaml to publish them.`,
        severity: 'warning',
      }),
    );
  }
  return problems;
}
