/**
 * The month's "figures published" update, drafted from the data for people
 * to read and edit (`npm run draft-update`): every figure and date is a
 * `<Fact>` for that month, so the draft can never quote last month's figures
 * as this month's, and it names only facts the data has, so it passes the
 * checks as it is. Pure: the command reads the data and writes the file.
 */
import type { Month } from '../../core/dates';
import { addMonths, formatMonth, formatMonthName } from '../../core/format';
import type { Facts } from '../facts/facts';

export interface DraftInput {
  /** The month the figures are for, e.g. `2026-11`. */
  month: Month;
  /** The day the update is published, YYYY-MM-DD. */
  date: string;
  /** Every fact the data gives (src/build/data.ts `factsFrom`). */
  facts: Facts;
  /** The titles of the other measures with a figure for a period that ends in this month. */
  otherMeasures: readonly string[];
}

export interface Draft {
  /** The file's name in content/updates/, e.g. `2026-12-06-ehcp-timeliness-november-2026.mdx`. */
  name: string;
  text: string;
}

/** The draft's file name: the day, then what it announces. */
export function draftName(month: Month, date: string): string {
  return `${date}-ehcp-timeliness-${formatMonth(month).toLowerCase().replace(/\s+/g, '-')}.mdx`;
}

export function draftUpdate({ month, date, facts, otherMeasures }: DraftInput): Draft {
  const fact = (name: string) => `<Fact name="${name}" />`;
  /** A fact's tag, if the data gives it a value worth saying. */
  const has = (name: string) => {
    const value = facts.get(name);
    return value !== undefined && value !== 'not given' && value !== 'not yet available';
  };
  const m = (part: string) => `ehcp.${month}.${part}`;
  const monthWords = formatMonth(month);
  const previous = addMonths(month, -1);
  const yearBefore = addMonths(month, -12);

  const comparisons = [
    has(`ehcp.${previous}.percent`) ? `In ${formatMonthName(previous)} it was ${fact(`ehcp.${previous}.percent`)}.` : '',
    has(m('percent-12-months')) ? `Over the last 12 months, ${fact(m('percent-12-months'))} of new plans were issued within 20 weeks.` : '',
    has(`ehcp.${yearBefore}.percent-12-months`) ? `A year before, it was ${fact(`ehcp.${yearBefore}.percent-12-months`)}.` : '',
    has('ehcp.england.latest.percent') ? `The figure for England in ${fact('ehcp.england.latest.year')} was ${fact('ehcp.england.latest.percent')}.` : '',
  ].filter(Boolean);

  const lines = [
    '---',
    `title: EHC plan figures for ${monthWords}`,
    `date: ${date}`,
    'type: data-release',
    `summary: 'In ${monthWords} we issued ${fact(m('issued'))} new EHC plans. ${fact(m('within'))} of them (${fact(m('percent'))}) were issued within 20 weeks.'`,
    '---',
    '',
    `We have published our education, health and care plan (EHC plan) figures for ${monthWords}.`,
    '',
    `- New EHC plans issued: ${fact(m('issued'))}`,
    `- Issued within 20 weeks: ${fact(m('within'))} (${fact(m('percent'))})`,
    ...(has(m('requests')) ? [`- Requests for an EHC needs assessment received: ${fact(m('requests'))}`] : []),
    '',
    ...(comparisons.length ? [comparisons.join(' '), ''] : []),
    'You can see every month’s figures, a chart and a table on the EHC plan timeliness page. You can also download the data as a CSV file.',
    '',
    ...(otherMeasures.length
      ? ['We have also published new figures for our other measures, on the figures and progress page:', '', ...otherMeasures.map((t) => `- ${t}`), '']
      : []),
    `The next figures, for ${fact(m('next-month'))}, will be published by ${fact(m('next-due'))}.`,
    '',
  ];
  return { name: draftName(month, date), text: lines.join('\n') };
}
