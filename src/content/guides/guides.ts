/**
 * Guides in `content/guides/**.mdx`: the frontmatter schema that
 * `src/content.config.ts` uses, reading MDX into prose for the plain-English
 * checks, and small helpers the guide pages use (related guides, contents
 * list, review dates).
 */
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { Root, Nodes, Heading } from 'mdast';
import { parseDate } from '../../core/fields';
import { problem, type Checked, type DataProblem } from '../../core/problems';

export const AUDIENCES = ['parents-carers', 'young-people', 'professionals'] as const;
export const FORMATS = ['standard', 'easy-read'] as const;

export type Audience = (typeof AUDIENCES)[number];
export type Format = (typeof FORMATS)[number];

/**
 * A date in frontmatter. YAML readers differ: Astro's turns `2026-03-01` into a
 * Date, others leave it as text, and people also type `01/03/2026`.
 * Either way the result is `YYYY-MM-DD`.
 */
export const frontmatterDate = z.union([z.date(), z.string()]).transform((raw, ctx) => {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'a date such as 2026-10-31' });
      return z.NEVER;
    }
    return raw.toISOString().slice(0, 10);
  }
  const result = parseDate(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `a date such as 2026-10-31, but ${result.reason}` });
    return z.NEVER;
  }
  return result.date;
});

/** One word from a list, with a message that names every allowed value. */
function choice<const T extends readonly [string, ...string[]]>(allowed: T) {
  return z.enum(allowed, { error: () => `one of: ${allowed.join(', ')}` });
}

const requiredText = (what: string) =>
  z.string({ error: () => what }).trim().min(1, { error: () => what });

export const guideSchema = z
  .object({
    /** The page title and the link text in lists; say what the page helps with. */
    title: requiredText('a title, such as "Asking for an EHC needs assessment"'),
    /** One or two sentences shown under the title and in search results. */
    summary: requiredText('a one or two sentence summary of the guide'),
    /** Who the guide is written for. */
    audience: choice(AUDIENCES),
    /** `easy-read` guides use short lines and pictures, and have stricter checks. */
    format: choice(FORMATS).default('standard'),
    /** Topics used to group guides and suggest related ones, e.g. `ehcp`, `preparing-for-adulthood`. */
    topics: z
      .array(z.string().trim().min(1), { error: () => 'a list of topics, such as [ehcp, annual-review]' })
      .min(1, { error: () => 'at least one topic' }),
    /** The date someone last checked the guide was right. */
    reviewed: frontmatterDate,
    /** The date the guide must be checked again; after `reviewed`. */
    next_review: frontmatterDate,
    /** Slugs of guides to suggest first, e.g. `ehcp-process` or `young-people/what-is-an-ehc-plan`. */
    related: z.array(z.string().trim().min(1), { error: () => 'a list of guide slugs' }).optional(),
    /** Position in guide lists; lower comes first. Guides without it follow, by title. */
    order: z.number({ error: () => 'a whole number such as 1' }).int({ error: () => 'a whole number such as 1' }).optional(),
  })
  .refine((g) => g.next_review > g.reviewed, {
    path: ['next_review'],
    error: () => 'a date after the "reviewed" date',
  });

export type GuideFrontmatter = z.output<typeof guideSchema>;

/** A guide as the helpers need it: its slug and frontmatter. */
export interface GuideRef {
  slug: string;
  data: Pick<GuideFrontmatter, 'title' | 'topics'> & Partial<Pick<GuideFrontmatter, 'related' | 'order'>>;
}

/**
 * The slug Astro's glob loader gives a guide:
 * `content/guides/young-people/What Is.mdx` → `young-people/what-is`.
 */
export function guideSlug(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^.*?content\/guides\//, '')
    .replace(/\.(mdx|md)$/i, '')
    .split('/')
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9\s-]/g, '')
        .trim()
        .replace(/\s+/g, '-'),
    )
    .join('/');
}

/** Splits `---` frontmatter from the body; `bodyLine` is the line the body starts on. */
export function splitFrontmatter(source: string): { yaml: string | undefined; body: string; bodyLine: number } {
  const match = source.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!match) return { yaml: undefined, body: source, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length + (source.startsWith('\uFEFF') ? 1 : 0)), bodyLine };
}

/** Reads and validates a guide's frontmatter, naming each field that is wrong. */
export function readGuideFrontmatter(file: string, source: string): Checked<GuideFrontmatter | undefined> {
  return readGuideFrontmatterWith(guideSchema, file, source, 'title, summary, audience, format, topics, reviewed and next_review');
}

/** Reads YAML frontmatter and validates it with `schema`; shared by guides and updates. */
export function readGuideFrontmatterWith<S extends z.ZodType>(
  schema: S,
  file: string,
  source: string,
  fields: string,
): Checked<z.output<S> | undefined> {
  const { yaml } = splitFrontmatter(source);
  if (yaml === undefined) {
    return {
      value: undefined,
      problems: [problem({ file, row: 1, expected: 'frontmatter between two lines of ---', fix: `Start the file with ---, then ${fields}, each on its own line, then ---.` })],
    };
  }
  let data: unknown;
  try {
    // YAML 1.2 keeps dates as text, so that 2026-02-30 is reported rather than
    // rolled over to 2 March; the schema also accepts the Date objects Astro's loader makes.
    data = parseYaml(yaml);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return {
      value: undefined,
      problems: [
        problem({
          file,
          row: line === undefined ? undefined : line + 1,
          expected: 'frontmatter written as "field: value" lines',
          fix: `${(error as Error).message.split('\n')[0]}. Text containing a colon needs quotes around it.`,
        }),
      ],
    };
  }
  const result = schema.safeParse(data ?? {});
  if (result.success) return { value: result.data, problems: [] };
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const problems = result.error.issues.map((issue) => {
    const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const found = column === undefined ? undefined : record[column];
    const missing = column !== undefined && found === undefined;
    return problem({
      file,
      row: column === undefined ? undefined : fieldLine(yaml, column),
      column,
      value: found === undefined ? undefined : describeValue(found),
      expected: issue.message,
      fix: missing ? `Add a "${column}:" line to the frontmatter.` : undefined,
    });
  });
  return { value: undefined, problems };
}

/** The file line of a frontmatter field (the opening --- is line 1). */
function fieldLine(yaml: string, field: string): number | undefined {
  const index = yaml.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? undefined : index + 2;
}

function describeValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

// GFM as in Astro's MDX: tables, strikethrough and bare links parse as they render.
const mdxProcessor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses a guide (frontmatter included) into a Markdown tree. Throws on MDX syntax errors. */
export function parseGuide(source: string): Root {
  return mdxProcessor.parse(source);
}

/** A block of running prose and the line it starts on. */
export interface ProseBlock {
  text: string;
  line: number;
  /** Whether the block is a list item, where short fragments are normal. */
  inList: boolean;
}

/**
 * The paragraphs a reader reads as sentences: not headings, code, tables,
 * image-only lines or MDX expressions. Image alt text is left out too.
 */
export function proseBlocks(tree: Root): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const walk = (node: Nodes, inList: boolean) => {
    if (node.type === 'paragraph') {
      const text = toString(node, { includeImageAlt: false, includeHtml: false }).trim();
      if (text !== '') blocks.push({ text, line: node.position?.start.line ?? 1, inList });
      return;
    }
    if (['heading', 'code', 'table', 'yaml', 'html', 'mdxjsEsm', 'mdxFlowExpression'].includes(node.type)) return;
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes, inList || node.type === 'listItem');
    }
  };
  walk(tree, false);
  return blocks;
}

/** The level-2 headings of a guide, as the contents list shows them. */
export function guideHeadings(tree: Root): string[] {
  const headings: string[] = [];
  visit(tree, 'heading', (node: Heading) => {
    if (node.depth === 2) headings.push(toString(node).trim());
    return SKIP;
  });
  return headings;
}

/** Guides with this many `##` headings or more get a contents list at the top. */
export const CONTENTS_LIST_MIN_HEADINGS = 4;

/** Whether a guide is long enough to need a contents list. */
export function needsContentsList(headingCount: number, min: number = CONTENTS_LIST_MIN_HEADINGS): boolean {
  return headingCount >= min;
}

/** Whether the guide is past its next review date (`today` as YYYY-MM-DD or a Date). */
export function isReviewOverdue(data: Pick<GuideFrontmatter, 'next_review'>, today: Date | string): boolean {
  const now = typeof today === 'string' ? today : today.toISOString().slice(0, 10);
  return data.next_review < now;
}

/** Sorts guides for lists: by `order` (if given), then by title. */
export function sortGuides<T extends GuideRef>(guides: readonly T[]): T[] {
  return [...guides].sort((a, b) => {
    const ao = a.data.order ?? Number.POSITIVE_INFINITY;
    const bo = b.data.order ?? Number.POSITIVE_INFINITY;
    if (ao !== bo) return ao - bo;
    return a.data.title.localeCompare(b.data.title, 'en-GB');
  });
}

/**
 * Guides to suggest under a guide: the ones it names in `related` first (in
 * that order), then others by how many topics they share with it. Guides that
 * share no topic are not suggested.
 */
export function relatedGuides<T extends GuideRef>(guide: GuideRef, all: readonly T[], limit = 3): T[] {
  const bySlug = new Map(all.map((g) => [g.slug, g]));
  const chosen: T[] = [];
  for (const slug of guide.data.related ?? []) {
    const found = bySlug.get(slug);
    if (found && found.slug !== guide.slug && !chosen.includes(found)) chosen.push(found);
  }
  const topics = new Set(guide.data.topics);
  const shared = (g: GuideRef) => g.data.topics.filter((t) => topics.has(t)).length;
  const rest = sortGuides(all.filter((g) => g.slug !== guide.slug && !chosen.includes(g) && shared(g) > 0));
  // A stable sort keeps the order/title order among guides that share as many topics.
  rest.sort((a, b) => shared(b) - shared(a));
  return [...chosen, ...rest].slice(0, limit);
}

/** Related slugs that name no guide, so a typo does not silently drop a link. */
export function checkRelated(file: string, data: GuideFrontmatter, slugs: ReadonlySet<string>): DataProblem[] {
  return (data.related ?? [])
    .filter((slug) => !slugs.has(slug))
    .map((slug) =>
      problem({
        file,
        column: 'related',
        value: slug,
        expected: 'the slug of another guide',
        fix: `There is no guide with that slug. Slugs are the file path under content/guides without .mdx, for example ${[...slugs][0] ?? 'ehcp-process'}.`,
      }),
    );
}
