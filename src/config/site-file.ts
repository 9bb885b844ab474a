/**
 * The site configuration, `site.yaml` in the data folder: read, checked and
 * reported like any data file (file, line, key, the value as typed, what was
 * expected), so a council editing it never meets a stack trace. Browser-safe:
 * the check page reads it from the published files.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { DataFolder } from '../core/data-folder';
import { problem, type Checked, type DataProblem } from '../core/problems';
import { siteConfigSchema, type SiteConfig } from './site-schema';

export const SITE_CONFIG_FILE = 'site.yaml';

/** The keys a configuration may have, for "did you mean" and unknown-key messages. */
const KNOWN_KEYS = Object.keys(siteConfigSchema.shape);

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
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!KNOWN_KEYS.includes(key)) {
        problems.push(problem({ file, row: lineOf(pair.key as Node), column: key, expected: `one of the settings: ${KNOWN_KEYS.join(', ')}`, fix: MOVED[key] ?? 'Check its spelling, or delete the line.' }));
      }
    }
  }
  const result = siteConfigSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
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
