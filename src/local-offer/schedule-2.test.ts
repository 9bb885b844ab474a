import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problems';
import { legislationUrl, paragraphName, readSchedule2, SCHEDULE_2_FILE, wordingParts } from './schedule-2';

const bytes = (text: string) => new TextEncoder().encode(text);
const FILE = 'schedule-2.csv';
const HEADER = 'key,paragraph,topic,plain_english,wording\n';

describe('Schedule 2 as data', () => {
  it('ships with every row readable: each key is its paragraph, in order, with a plain-English line', () => {
    const { value, problems } = readSchedule2(readFileSync(SCHEDULE_2_FILE), SCHEDULE_2_FILE);
    expect(problems).toEqual([]);
    expect(value.length).toBeGreaterThan(0);
    for (const p of value) {
      expect(p.key).toBe(`sch2-${p.paragraph}`);
      expect(p.plain_english.length).toBeGreaterThan(20);
    }
    expect(value.map((p) => p.paragraph)).toEqual([...value.map((p) => p.paragraph)].sort((a, b) => a - b));
  });

  it('ships the whole Schedule: paragraphs 1 to the last, none left out, each topic different', () => {
    const { value } = readSchedule2(readFileSync(SCHEDULE_2_FILE), SCHEDULE_2_FILE);
    // However many paragraphs the file holds, they run from 1 without a gap.
    expect(value.map((p) => p.paragraph)).toEqual(value.map((_, i) => i + 1));
    expect(new Set(value.map((p) => p.topic)).size).toBe(value.length);
  });

  it('keeps official wording, where checked, as its lettered items in order', () => {
    const { value } = readSchedule2(readFileSync(SCHEDULE_2_FILE), SCHEDULE_2_FILE);
    for (const p of value.filter((x) => x.wording !== undefined)) {
      const { lead, items } = wordingParts(p.wording!);
      expect(lead.length).toBeGreaterThan(0);
      expect(items.map((i) => i.slice(0, 3))).toEqual(items.map((_, n) => `(${String.fromCharCode(97 + n)})`));
    }
  });

  it('keeps official wording as typed, line by line, and leaves it out where it has not been checked', () => {
    const { value } = readSchedule2(bytes(`${HEADER}sch2-2,2,Two,Plain two,\nsch2-1,1,One,Plain one,"The provision by—\n(a) schools;\n(b) colleges."\n`), FILE);
    expect(value.map((p) => p.key)).toEqual(['sch2-1', 'sch2-2']);
    expect(value[0]!.wording).toBe('The provision by—\n(a) schools;\n(b) colleges.');
    expect(value[1]!.wording).toBeUndefined();
    expect(wordingParts(value[0]!.wording!)).toEqual({ lead: 'The provision by—', items: ['(a) schools;', '(b) colleges.'] });
  });

  it('reports every bad row in one run, naming the row, column and value', () => {
    const text = `${HEADER}sch2-1,1,One,Plain,\nsch2-3,2,Two,Plain,\npara-4,4,Four,Plain,\nsch2-5,5,,Plain,\nsch2-1,1,Again,Plain,\n`;
    const messages = readSchedule2(bytes(text), FILE).problems.map(formatProblem);
    expect(messages).toEqual([
      'Error: schedule-2.csv, row 3, column "key": Found "sch2-3". Expected the key of this row\'s paragraph: "sch2-" and the number in the paragraph column.',
      'Error: schedule-2.csv, row 4, column "key": Found "para-4". Expected a key such as sch2-15: "sch2-" and the paragraph number.',
      'Error: schedule-2.csv, row 5, column "topic": Found an empty cell. Expected some text.',
      'Error: schedule-2.csv, row 6, column "key": Found "sch2-1". Expected each paragraph once. It is also on row 2. Delete one of the two rows.',
    ]);
  });

  it('names a paragraph as the warnings and pages do, and links to it on legislation.gov.uk', () => {
    expect(paragraphName({ paragraph: 17, topic: 'How to make a complaint' })).toBe('Schedule 2, paragraph 17: How to make a complaint');
    expect(legislationUrl(17)).toBe('https://www.legislation.gov.uk/uksi/2014/1530/schedule/2/paragraph/17');
  });
});
