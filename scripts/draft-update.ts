/**
 * `npm run draft-update`: drafts the month's "figures published" update in
 * content/updates/, from the data, with the `<Fact>` names of the newest
 * month (or --month), for people to read and edit before they publish it.
 * The drafting is src/build/draft-update.ts; this reads the data folder and writes the file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, dataDir, diskFolder, displayPath } from '../src/core/files.node.ts';
import { buildDate } from '../src/core/build-date';
import { isoDay, parseMonth, type Month } from '../src/core/dates';
import { formatMonth } from '../src/core/format';
import { dataFrom } from '../src/build/data';
import { draftFromData } from '../src/build/draft-update';
import { LocalOfferError } from '../src/core/errors';
import { runCommand, UsageError } from './lib/cli';

/** A reason the draft cannot be written that the person can fix. */
class DraftError extends LocalOfferError {}

await runCommand(
  {
    command: 'npm run draft-update --',
    summary:
      'Drafts the update that announces the month’s figures, as a file in content/updates/, with the <Fact> names of the newest month in the EHCP figures. Read it and edit it before you publish it.',
    options: {
      month: { type: 'string', value: '<YYYY-MM>', description: 'The month the figures are for (default: the newest month in the EHCP figures).' },
      date: { type: 'string', value: '<YYYY-MM-DD>', description: 'The day the update is published (default: today).' },
      print: { type: 'boolean', description: 'Print the draft instead of writing the file.' },
    },
    examples: ['npm run draft-update', 'npm run draft-update -- --month 2026-11 --date 2026-12-18'],
    notes: ['Reads the data folder named by DATA_DIR (default data/) and writes into the content folder named by CONTENT_DIR (default content/).'],
  },
  ({ values }) => {
    const today = buildDate();
    const date = values.date ?? isoDay(today);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new UsageError(`--date is a day such as 2026-12-18, but found "${values.date}".`);
    let asked: Month | undefined;
    if (values.month !== undefined) {
      const parsed = parseMonth(values.month);
      if (!parsed.ok) throw new UsageError(`--month is a month such as 2026-11, but found "${values.month}".`);
      asked = parsed.month;
    }

    const result = draftFromData(dataFrom(diskFolder(dataDir()), today), { today, date, month: asked });
    if (!result.ok) throw new DraftError(result.reason);
    const { draft, month } = result;
    if (values.print) {
      process.stdout.write(draft.text);
      return 0;
    }

    const updates = join(contentDir(), 'updates');
    const path = join(updates, draft.name);
    if (existsSync(path)) throw new DraftError(`${displayPath(path)} already exists.`, 'Edit it, or delete it and run this again.');
    const already = existsSync(updates)
      ? readdirSync(updates).filter((name) => readFileSync(join(updates, name), 'utf8').includes(`"ehcp.${month}.issued"`))
      : [];
    mkdirSync(updates, { recursive: true });
    writeFileSync(path, draft.text);
    console.log(`Wrote ${displayPath(path)}: the update announcing the figures for ${formatMonth(month)}.`);
    for (const name of already) console.log(`Note: ${displayPath(join(updates, name))} already gives the figures for ${formatMonth(month)}. Check you are not announcing them twice.`);
    console.log(
      [
        'Next:',
        '1. Read it. Say what the figures mean for families, and what the council is doing about them.',
        '2. Keep each <Fact name="…" /> as it is: the site fills in the figure from the data.',
        '3. Run npm run check-data, then commit it with the month’s data files.',
      ].join('\n'),
    );
    return 0;
  },
);
