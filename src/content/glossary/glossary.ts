/** The jargon buster's file, `content/glossary.csv`: its schema and reader. */
import { z } from 'zod';
import { slug as githubSlug } from 'github-slugger';
import { readCsvBytes } from '../../core/csv.ts';
import { optionalText, text } from '../../core/fields.ts';
import { problem, type Checked } from '../../core/problems.ts';
import { quoteAsTyped, validateRows } from '../../core/validate.ts';

export const GLOSSARY_COLUMNS = { required: ['term', 'abbreviation', 'meaning'] } as const;

export const glossaryRowSchema = z.object({
  /** The words in full, e.g. "Education, health and care plan". */
  term: text,
  /** The short form people meet, e.g. "EHCP"; blank if there is none. */
  abbreviation: optionalText,
  /** What it means, in plain English, in a sentence or two. */
  meaning: z.string().refine((raw) => raw.trim() !== '', { message: 'a meaning in plain English (this cell is empty)' }),
});

export type GlossaryRow = z.output<typeof glossaryRowSchema>;

export interface GlossaryEntry {
  term: string;
  abbreviation?: string | undefined;
  meaning: string;
  /** The id of the entry on the glossary page, from the term: `education-health-and-care-plan`. */
  slug: string;
}

/** The glossary as read: its entries and the file they came from. */
export interface GlossaryData {
  /** A to Z by term. */
  entries: GlossaryEntry[];
  file: string;
}

/** The glossary page's anchor for a term. */
export function glossarySlug(term: string): string {
  return githubSlug(term.trim());
}

/** Reads the glossary; entries come back sorted by term (A to Z). */
export function readGlossary(bytes: Uint8Array, file: string): Checked<GlossaryEntry[]> {
  const { table, problems } = readCsvBytes(bytes, file, GLOSSARY_COLUMNS);
  const { records, problems: rowProblems } = validateRows(table, glossaryRowSchema, file);
  problems.push(...rowProblems);

  const terms = new Map<string, number>();
  const abbreviations = new Map<string, number>();
  const entries: GlossaryEntry[] = [];
  for (const r of records) {
    const term = r.term.trim();
    const key = glossarySlug(term);
    const firstTerm = terms.get(key);
    if (firstTerm !== undefined) {
      problems.push(problem({ file, row: r.row, column: 'term', value: term, expected: 'each term once', fix: `It is also on row ${firstTerm}. Merge the two rows.` }));
      continue;
    }
    terms.set(key, r.row);
    const abbreviation = r.abbreviation;
    if (abbreviation !== undefined) {
      const firstAbbr = abbreviations.get(abbreviation);
      if (firstAbbr !== undefined) {
        problems.push(
          problem({ file, row: r.row, column: 'abbreviation', value: abbreviation, expected: 'each abbreviation once', fix: `It is also on row ${firstAbbr}. A page can only link an abbreviation to one meaning.` }),
        );
        continue;
      }
      if (!/^[A-Z][A-Za-z0-9&]+$/.test(abbreviation)) {
        problems.push(
          problem({
            file,
            row: r.row,
            column: 'abbreviation',
            value: abbreviation,
            expected: 'a short form in capital letters with no spaces, such as EHCP or SENCO',
            fix: 'Put longer names in the term column instead.',
            severity: 'warning',
          }),
        );
      }
      abbreviations.set(abbreviation, r.row);
    }
    entries.push({ term, abbreviation, meaning: r.meaning.trim(), slug: key });
  }
  if (table.rows.length === 0 && problems.length === 0) {
    problems.push(problem({ file, row: 2, expected: 'at least one term below the header row' }));
  }
  entries.sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
  return { value: entries, problems: quoteAsTyped(problems, { file, table }) };
}
