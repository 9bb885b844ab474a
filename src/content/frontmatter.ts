/**
 * Frontmatter shared by guides and updates: reading the YAML block and
 * checking it with a schema, naming the field and line of each problem.
 */
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { parseDate } from '../core/fields';
import { problem, type Checked } from '../core/problems';
import { isoDay } from '../core/dates';

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
    return isoDay(raw);
  }
  const result = parseDate(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: `a date such as 2026-10-31, but ${result.reason}` });
    return z.NEVER;
  }
  return result.date;
});

/** One word from a list, with a message that names every allowed value. */
export function choice<const T extends readonly [string, ...string[]]>(allowed: T) {
  return z.enum(allowed, { error: () => `one of: ${allowed.join(', ')}` });
}

export const requiredText = (what: string) =>
  z.string({ error: () => what }).trim().min(1, { error: () => what });

/** Splits `---` frontmatter from the body; `bodyLine` is the line the body starts on. */
export function splitFrontmatter(source: string): { yaml: string | undefined; body: string; bodyLine: number } {
  const match = source.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!match) return { yaml: undefined, body: source, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length + (source.startsWith('\uFEFF') ? 1 : 0)), bodyLine };
}

/** Reads YAML frontmatter and validates it with `schema`; shared by guides and updates. */
export function readFrontmatterWith<S extends z.ZodType>(
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
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
