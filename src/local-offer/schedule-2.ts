/**
 * Schedule 2 to the Special Educational Needs and Disability Regulations 2014
 * (SI 2014/1530): what a Local Offer must include (regulation 53). National
 * content shipped with the software in `schedule-2.csv` beside this file: one
 * row per paragraph, with its key (`sch2-15`), a short topic, a plain-English
 * line and, where it has been checked against legislation.gov.uk, the official
 * wording (Crown copyright, reused under the Open Government Licence v3.0).
 * Browser-safe: the file's bytes come in, checked paragraphs go out.
 */
import { z } from 'zod';
import { readCsvBytes } from '../core/csv';
import { count, optionalText, text } from '../core/fields';
import type { Checked } from '../core/problems';
import { findDuplicates, validateRows } from '../core/validate';

/** Where the paragraphs live, from the project's root. */
export const SCHEDULE_2_FILE = 'src/local-offer/schedule-2.csv';

export const SCHEDULE_2_COLUMNS = { required: ['key', 'paragraph', 'topic', 'plain_english'], optional: ['wording'] } as const;

/** The whole Schedule on legislation.gov.uk. */
export const SCHEDULE_2_URL = 'https://www.legislation.gov.uk/uksi/2014/1530/schedule/2';

/** The Open Government Licence the official wording is reused under. */
export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** A key as guides and the taxonomy write it: `sch2-` and the paragraph number. */
export const SCHEDULE_2_KEY = /^sch2-[1-9]\d*$/;

export const schedule2RowSchema = z
  .object({
    /** `sch2-` and the paragraph number, e.g. `sch2-15`: what guides and categories name. */
    key: text.refine((k) => SCHEDULE_2_KEY.test(k.trim()), { message: 'a key such as sch2-15: "sch2-" and the paragraph number' }).transform((k) => k.trim()),
    /** The paragraph's number in the Schedule. */
    paragraph: count,
    /** A few words for lists and warnings, e.g. "How to make a complaint". */
    topic: text.transform((t) => t.trim()),
    /** What the paragraph asks for, in plain English. */
    plain_english: text.transform((t) => t.trim()),
    /** The official wording from legislation.gov.uk; blank until someone has checked it word for word. */
    wording: optionalText,
  })
  .refine((r) => !SCHEDULE_2_KEY.test(r.key) || r.key === `sch2-${r.paragraph}`, { path: ['key'], message: 'the key of this row\'s paragraph: "sch2-" and the number in the paragraph column' });

export type Schedule2Paragraph = z.output<typeof schedule2RowSchema>;

/** Reads the paragraphs, in paragraph order, naming the row, column and value of every problem. */
export function readSchedule2(bytes: Uint8Array, file: string): Checked<Schedule2Paragraph[]> {
  const { table, problems } = readCsvBytes(bytes, file, SCHEDULE_2_COLUMNS);
  for (const r of table.rows) r.cells['wording'] ??= '';
  const { records, problems: rowProblems } = validateRows(table, schedule2RowSchema, file);
  problems.push(...rowProblems, ...findDuplicates(records, (r) => r.key, file, 'key', 'paragraph'));
  const value = records.map(({ row: _row, ...p }) => p).sort((a, b) => a.paragraph - b.paragraph);
  return { value, problems };
}

/** One paragraph on legislation.gov.uk. */
export function legislationUrl(paragraph: number): string {
  return `${SCHEDULE_2_URL}/paragraph/${paragraph}`;
}

/** How a paragraph is named in warnings and on pages: "Schedule 2, paragraph 17: How to make a complaint". */
export function paragraphName(p: Pick<Schedule2Paragraph, 'paragraph' | 'topic'>): string {
  return `Schedule 2, paragraph ${p.paragraph}: ${p.topic}`;
}

/**
 * The official wording as an opening line and its lettered items, so a page
 * can show "(a) …", "(b) …" as a list: `{ lead: 'The special … by—', items: ['(a) providers …', …] }`.
 */
export function wordingParts(wording: string): { lead: string; items: string[] } {
  const [lead = '', ...items] = wording.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return { lead, items };
}
