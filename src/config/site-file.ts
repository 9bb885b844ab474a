/**
 * The site configuration, `site.yaml` in the data folder: read, checked and
 * reported like any data file (file, line, key, the value as typed, what was
 * expected), so a council editing it never meets a stack trace. Browser-safe:
 * the check page reads it from the published files.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { z } from 'zod';
import type { DataFolder } from '../core/data-folder';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { closestMatch } from '../core/suggest';
import { siteConfigSchema, type SiteConfig } from './site-schema';

export const SITE_CONFIG_FILE = 'site.yaml';

type Schema = z.core.$ZodType;

/** The schema under its wrappers (optional, default, nullable, a transform's input). */
function unwrap(schema: Schema): Schema {
  const def = schema._zod.def as { type: string; innerType?: Schema; in?: Schema };
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

/**
 * The keys the setting at `path` may have (`[]` for the top level,
 * `['accessibility', 'audit']` for the audit), for unknown-key messages.
 */
export function settingsAt(path: readonly PropertyKey[], schema: Schema = siteConfigSchema): string[] {
  const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema };
  if (path.length === 0) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  const [head, ...rest] = path;
  if (def.type === 'array' && def.element && typeof head === 'number') return settingsAt(rest, def.element);
  const next = def.type === 'object' ? def.shape?.[String(head)] : undefined;
  return next ? settingsAt(rest, next) : [];
}

/** Settings that have moved, and what to write instead. */
const MOVED: Readonly<Record<string, string>> = {
  accessibilityReviewed: 'This setting has moved: write an "accessibility:" block with "prepared:" and "reviewed:" dates instead (see docs/local-offer.md).',
};

/**
 * Reads the configuration's text. `value` is undefined when it has an error:
 * nothing can be built without a valid configuration.
 */
export function readSiteConfig(text: string, file: string): Checked<SiteConfig | undefined> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      problems: doc.errors.map((e) =>
        problem({ file, row: lines.linePos(e.pos[0]).line, expected: `settings written as "key: value", one to a line, with nested settings indented by two spaces (${e.message.split('\n')[0]})` }),
      ),
    };
  }
  const problems: DataProblem[] = [];
  /** The line of a key as written, under the setting at `path`. */
  const keyLine = (path: readonly PropertyKey[], key: string) => {
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    const pair = isMap(parent) ? (parent.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
    return lineOf(pair?.key as Node | undefined);
  };
  const result = siteConfigSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        problems.push(...issue.keys.map((key) => unknownSetting(file, issue.path, key, keyLine(issue.path, key))));
        continue;
      }
      const path = issue.path.map(String);
      const node = path.length ? (doc.getIn(path, true) as Node | undefined) : undefined;
      // As typed, without the quotes YAML may need around it.
      const typed = node && isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]).trim().replace(/^(["'])(.*)\1$/, '$2') : undefined;
      const missing = node === undefined && issue.code === 'invalid_type';
      problems.push(
        problem({
          file,
          row: lineOf(node) ?? lineOf(path.length > 1 ? (doc.getIn(path.slice(0, -1), true) as Node | undefined) : undefined),
          column: path.join('.') || undefined,
          value: typed,
          expected: missing ? `a setting "${path.join('.')}" (see docs/new-area.md)` : issue.message,
        }),
      );
    }
  }
  if (result.success) problems.push(...sampleProblems(result.data, file, (key) => lineOf(doc.get(key, true) as Node | undefined)));
  return { value: result.success ? result.data : undefined, problems };
}

/** A setting the schema does not know, anywhere in the file: its full path, and the nearest known key. */
function unknownSetting(file: string, parent: readonly PropertyKey[], key: string, row: number | undefined): DataProblem {
  const known = settingsAt(parent);
  const under = parent.length ? ` under "${parent.map(String).join('.')}"` : '';
  const column = [...parent.map(String), key].join('.');
  const nearest = closestMatch(key, known, { ignoreCase: true });
  return problem({
    file,
    row,
    column,
    value: key,
    expected: `one of the settings${under}: ${known.join(', ')}`,
    fix: MOVED[column] ?? `${nearest ? `Did you mean ${nearest}? ` : ''}Check its spelling, or delete the line: a setting spelt wrong is not used at all.`,
  });
}

/** Is this an address of the reserved example domains (RFC 2606), as the sample's are? */
const isExample = (host: string) => /(^|\.)example$/i.test(host);

/**
 * The sample's records must never be published as a real council's: while
 * the configuration says `sample: true`, its addresses must be the sample's
 * made-up ones (on the reserved `.example` domain). And a real area should
 * not keep the sample's made-up address.
 */
export function sampleProblems(config: SiteConfig, file: string, lineOf: (key: string) => number | undefined = () => undefined): DataProblem[] {
  const host = new URL(config.siteUrl).hostname;
  const emailHost = config.contact.email.split('@')[1] ?? '';
  if (config.sample && !(isExample(host) && isExample(emailHost))) {
    const [key, value] = isExample(host) ? ['contact.email', config.contact.email] : ['siteUrl', config.siteUrl];
    return [
      problem({
        file, row: lineOf(key.split('.')[0]!), column: key, value,
        expected: `the sample's own made-up address, because this file says sample: true: the sample's made-up services, figures and plan would be published as ${config.council}'s`,
        fix: 'To start your own area, run npm run new-area (docs/new-area.md): it takes the sample records out and sets sample: false.',
      }),
    ];
  }
  if (!config.sample && isExample(host)) {
    return [problem({ file, row: lineOf('siteUrl'), column: 'siteUrl', value: config.siteUrl, severity: 'warning', expected: 'the address the site will be published at', fix: 'An address ending .example is made up: give the real one before you go live.' })];
  }
  return [];
}

/** The configuration from a data folder (on disk, or in memory on the check page). */
export function siteConfigFrom(folder: DataFolder): Checked<SiteConfig | undefined> {
  const source = folder.read(SITE_CONFIG_FILE);
  if (!source.file) return { value: undefined, problems: source.problems.map((p) => ({ ...p, fix: 'Every site needs one: copy data/templates/site.yaml and fill it in (see docs/new-area.md).' })) };
  return readSiteConfig(new TextDecoder().decode(source.file.bytes), source.file.path);
}
