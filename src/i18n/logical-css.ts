/**
 * Finds CSS and Tailwind classes that say "left" or "right", which stay on the
 * same side in a right-to-left page and so put borders, indents and
 * alignment on the wrong side in Urdu and Arabic. Their logical forms
 * (`margin-inline-start`, `text-align: start`, `ms-4`, `border-s`) follow the
 * page's direction. Used by a unit test over src/.
 */

export interface PhysicalUse {
  line: number;
  /** What was found, e.g. `padding-left:` or `pl-4`. */
  found: string;
  /** The logical form to use instead. */
  use: string;
}

/** CSS that names a side, with what to write instead. */
const CSS_RULES: readonly { pattern: RegExp; use: string }[] = [
  { pattern: /(?<![\w-])(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?\s*:/g, use: 'the -inline-start / -inline-end property' },
  { pattern: /(?<![\w-])border-(?:top|bottom)-(?:left|right)-radius\s*:/g, use: 'border-start-start-radius and its kin' },
  { pattern: /(?<=[{;\s])(?:left|right)\s*:\s*[^;{}]+/g, use: 'inset-inline-start / inset-inline-end' },
  { pattern: /(?<![\w-])(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g, use: 'start / end (float and clear: inline-start / inline-end)' },
];

/** Tailwind utilities that name a side; their logical forms use s/e (ms-, pe-, border-s, text-start, start-0). */
const UTILITY =
  /^(?:[\w[\]&:.=-]+:)?!?-?(?:(?:m[lr]|p[lr]|scroll-[mp][lr]|left|right|border-[lr]|rounded-(?:[lr]|[tb][lr]))-\S+|border-[lr]|rounded-(?:[lr]|[tb][lr])|(?:text|float|clear)-(?:left|right))$/;

const LOGICAL_UTILITY: Record<string, string> = {
  ml: 'ms', mr: 'me', pl: 'ps', pr: 'pe', left: 'start', right: 'end', 'border-l': 'border-s', 'border-r': 'border-e',
  'text-left': 'text-start', 'text-right': 'text-end', 'float-left': 'float-start', 'float-right': 'float-end',
};

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Splits a CSS value on spaces outside brackets: `0 calc(1rem + 2px) 0 1rem` → four parts. */
function valueParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

const isZero = (v: string | undefined) => v === undefined || /^-?0(?:\.0*)?[a-z%]*$/i.test(v);

/** Physical left/right in CSS text (a stylesheet, or the `<style>` of a component). */
export function physicalCss(source: string): PhysicalUse[] {
  const found: PhysicalUse[] = [];
  for (const rule of CSS_RULES) {
    for (const m of source.matchAll(rule.pattern)) found.push({ line: lineOf(source, m.index), found: m[0].trim(), use: rule.use });
  }
  // Four values give left and right different sizes: `padding: 0 0 0 1rem`.
  for (const m of source.matchAll(/(?<![\w-])(margin|padding)\s*:\s*([^;{}!]+)/g)) {
    const parts = valueParts(m[2]!);
    if (parts.length === 4 && parts[1] !== parts[3]) {
      found.push({ line: lineOf(source, m.index), found: m[0].trim(), use: `${m[1]}-block and ${m[1]}-inline` });
    }
  }
  // A shadow drawn to one side (`inset 5px 0 0`) does not move with the text.
  for (const m of source.matchAll(/(?<![\w-])box-shadow\s*:\s*([^;{}]+)/g)) {
    for (const shadow of m[1]!.split(/,(?![^(]*\))/)) {
      const x = valueParts(shadow).filter((p) => p !== 'inset')[0];
      if (!isZero(x) && /^-?[\d.]/.test(x ?? '')) found.push({ line: lineOf(source, m.index), found: m[0].trim(), use: 'border-inline-start, or a shadow with no sideways offset' });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Physical Tailwind utilities in the quoted strings of a component or script. */
export function physicalUtilities(source: string): PhysicalUse[] {
  const found: PhysicalUse[] = [];
  for (const m of source.matchAll(/(["'`])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
    const text = m[2]!;
    // A string inside a template literal keeps its own quotes: trim them and any ${…} around a class.
    for (const raw of text.split(/\s+/)) {
      const token = raw.replace(/^[$'"`{(]+|['"`}),.;:]+$/g, '');
      if (!UTILITY.test(token)) continue;
      const base = token.replace(/^.*:/, '').replace(/^!?-?/, '');
      const key = Object.keys(LOGICAL_UTILITY).find((k) => base === k || base.startsWith(`${k}-`));
      found.push({ line: lineOf(source, m.index), found: token, use: key ? token.replace(key, LOGICAL_UTILITY[key]!) : 'the logical utility (s/e)' });
    }
  }
  return found;
}

/** The CSS inside `<style>` elements of a component. */
export function styleBlocks(component: string): { css: string; offset: number }[] {
  return [...component.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ css: m[1]!, offset: lineOf(component, m.index) - 1 }));
}

/** Everything physical in a file: stylesheets by their CSS; components by their classes and styles; scripts by their classes. */
export function physicalInFile(path: string, source: string): PhysicalUse[] {
  if (path.endsWith('.css')) return physicalCss(source);
  if (path.endsWith('.astro')) {
    const styles = styleBlocks(source).flatMap(({ css, offset }) => physicalCss(css).map((u) => ({ ...u, line: u.line + offset })));
    const markup = source.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, (block) => block.replace(/[^\n]/g, ' '));
    return [...physicalUtilities(markup), ...styles].sort((a, b) => a.line - b.line);
  }
  return physicalUtilities(source);
}
