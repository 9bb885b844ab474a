/**
 * `npm run new-area`: turns the sample into a clean start for a real area
 * (src/build/new-area.node.ts does the work; docs/new-area.md the whole way to
 * going live). With flags it asks nothing; in a terminal with none, it asks
 * for each setting.
 */
import { createInterface } from 'node:readline/promises';
import { contentDir, dataDir } from '../src/core/files.node.ts';
import { formatProblem } from '../src/core/problems';
import { newArea, type NewAreaAnswers } from '../src/build/new-area.node.ts';
import { runCommand, UsageError } from './lib/cli';

/** Each answer: its flag, and the question asked in a terminal. */
const QUESTIONS: readonly { key: keyof NewAreaAnswers; flag: string; question: string; description: string; optional?: boolean }[] = [
  { key: 'name', flag: 'name', question: 'The area’s name, as families know it (e.g. Bristol)', description: 'The area’s name, as families know it.' },
  { key: 'council', flag: 'council', question: 'The council that publishes the Local Offer (e.g. Bristol City Council)', description: 'The council that publishes the Local Offer.' },
  { key: 'url', flag: 'url', question: 'The site’s public address (e.g. https://www.bristol.gov.uk/localoffer/)', description: 'The site’s public address, with its path if it has one.' },
  { key: 'email', flag: 'email', question: 'The Local Offer team’s email address', description: 'The Local Offer team’s email address (a team’s, not a person’s).' },
  { key: 'phone', flag: 'phone', question: 'The Local Offer team’s phone number', description: 'The Local Offer team’s phone number.' },
  { key: 'address', flag: 'address', question: 'The Local Offer team’s postal address', description: 'The postal address families can write to.' },
  { key: 'sendiassName', flag: 'sendiass-name', question: 'The name of the area’s SENDIASS (e.g. SENDIASS Bristol)', description: 'The name of the area’s SEND Information, Advice and Support Service. Default: "<name> SENDIASS".', optional: true },
  { key: 'sendiassPhone', flag: 'sendiass-phone', question: 'The SENDIASS phone number', description: 'The SENDIASS phone number.' },
  { key: 'sendiassEmail', flag: 'sendiass-email', question: 'The SENDIASS email address', description: 'The SENDIASS email address.' },
  { key: 'colour', flag: 'colour', question: 'The header colour, as #rrggbb (press Enter to keep the sample’s blue)', description: 'The header colour, as #rrggbb; white text must be readable on it.', optional: true },
  { key: 'dfe', flag: 'dfe', question: 'The folder of DfE’s "Education, health and care plans" release, to compare with (press Enter to skip)', description: 'The folder of DfE’s "Education, health and care plans" release, to import the figures to compare with.', optional: true },
  { key: 'la', flag: 'la', question: 'The council as DfE names it, or its 3-digit code (e.g. 801)', description: 'The council as DfE names it, or its 3-digit code (needed with --dfe).', optional: true },
  { key: 'neighbours', flag: 'neighbours', question: 'DfE’s statistical neighbours list (.xlsx), if you have it (press Enter to skip)', description: 'DfE’s statistical neighbours list (.xlsx or long .csv).', optional: true },
];

async function ask(): Promise<Partial<Record<keyof NewAreaAnswers, string>>> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answers: Partial<Record<keyof NewAreaAnswers, string>> = {};
  try {
    for (const q of QUESTIONS) {
      if (q.key === 'la' && !answers.dfe) continue;
      if (q.key === 'neighbours' && !answers.dfe) continue;
      const answer = (await rl.question(`${q.question}: `)).trim();
      if (answer) answers[q.key] = answer;
    }
  } finally {
    rl.close();
  }
  return answers;
}

await runCommand(
  {
    command: 'npm run new-area --',
    summary:
      'Turns the sample area into a clean start for your area: writes data/site.yaml, takes out every sample record (services, postcode districts, the plan, indicators, EHCP months, updates, the change log), keeps the national guides, and imports DfE’s figures if you give a release. Run it once, on a fresh copy.',
    options: Object.fromEntries(QUESTIONS.map((q) => [q.flag, { type: 'string' as const, value: '<text>', description: q.description }])),
    examples: [
      'npm run new-area -- --name Bristol --council "Bristol City Council" --url https://www.bristol.gov.uk/localoffer/ --email localoffer@bristol.gov.uk --phone "0117 922 2000" --address "City Hall, College Green, Bristol BS1 5TR" --sendiass-phone "0117 989 7725" --sendiass-email support@sendiassbristol.org.uk --dfe ../shared/fixtures/dfe-sen2-2025 --la 801 --neighbours ../shared/fixtures/dfe-statistical-neighbours/sn_may_2025.xlsx',
      'npm run new-area   (in a terminal: asks for each setting)',
    ],
    notes: ['Writes into DATA_DIR (default data/) and CONTENT_DIR (default content/). docs/new-area.md explains every step to going live.'],
  },
  async ({ values }) => {
    const given = Object.fromEntries(QUESTIONS.flatMap((q) => (values[q.flag] ? [[q.key, values[q.flag]]] : []))) as Partial<Record<keyof NewAreaAnswers, string>>;
    const raw = Object.keys(given).length === 0 && process.stdin.isTTY ? await ask() : given;
    const missing = QUESTIONS.filter((q) => !q.optional && !raw[q.key]);
    if (missing.length > 0) throw new UsageError(`Give ${missing.map((q) => `--${q.flag}`).join(', ')}.`);
    const answers = { ...raw, sendiassName: raw.sendiassName ?? `${raw.name} SENDIASS` } as NewAreaAnswers;
    const { problems, done } = await newArea(dataDir(), contentDir(), answers, new Date());
    for (const line of done) console.log(line);
    for (const p of problems) console.error(formatProblem(p));
    if (problems.some((p) => p.severity === 'error')) {
      console.error(done.length === 0 ? '\nNothing was changed: put the settings right and run it again.' : '\nThe sample records were taken out, but the site is not ready: put the problems right and run it again with the same settings.');
      return 1;
    }
    console.log('\nDone. Now run npm run check-data, then npm start to look at your site (docs/new-area.md says what comes next).');
    return 0;
  },
);
