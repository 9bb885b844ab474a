/** Review files are named after the date of the review: `2026-07-10.csv`. */
import { isoDay, parseDate } from '../core/dates';
import { formatDate } from '../core/format';
import { problem, type DataProblem } from '../core/problems';

function fileName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

export function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : '.';
}

/** The review date a file's name gives, or the problem with the name. */
export function reviewDateFromPath(path: string, today: Date): { ok: true; date: string } | { ok: false; problem: DataProblem } {
  const name = fileName(path);
  const expected = 'a file name that is the date of the review, such as 2026-07-10.csv';
  const match = name.match(/^(\d{4}-\d{2}-\d{2})\.csv$/i);
  if (!match) {
    return {
      ok: false,
      problem: problem({ file: path, value: name, expected, fix: 'Rename the file to the date of the review as year-month-day, so the site knows the order of the reviews.' }),
    };
  }
  const parsed = parseDate(match[1]!);
  if (!parsed.ok) {
    return { ok: false, problem: problem({ file: path, value: name, expected, fix: `${match[1]} is not a real date. Check the day and month.` }) };
  }
  if (parsed.date > isoDay(today)) {
    return {
      ok: false,
      problem: problem({
        file: path,
        value: name,
        expected: `a review date that has passed (today is ${formatDate(today)})`,
        fix: 'Check the year in the file name. If the review has not happened yet, add the file after it has.',
      }),
    };
  }
  return { ok: true, date: parsed.date };
}
