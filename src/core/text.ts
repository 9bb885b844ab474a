/**
 * Filling in translated sentences: placeholders and plural forms. No imports,
 * so browser scripts can use it without pulling in anything else.
 */

/** Fills `{name}` placeholders: `fill('{count} results', { count: '3' })` → "3 results". */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The form of a sentence for a count, by the language's plural rules: Polish
 * and Arabic have more forms than English. Falls back to `other`.
 */
export function pluralForm(forms: PluralForms, count: number, locale: string): string {
  const category = new Intl.PluralRules(locale).select(count);
  return forms[category] ?? forms.other;
}

/** A sentence in each plural form a language has (`one`, `few`, `many`…); `other` is required. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Whether a dictionary value is a set of plural forms, which a translation replaces whole (Polish has forms English lacks). */
export function isPluralForms(value: unknown): value is PluralForms {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((k) => PLURAL_CATEGORIES.has(k) && typeof (value as Record<string, unknown>)[k] === 'string');
}
