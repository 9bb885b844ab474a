/**
 * `npm run new-area`: turns the sample area into a clean start for a real
 * one. It writes the site configuration, takes out every sample record (each
 * dataset says what its files become: src/build/registry.ts, `newArea`),
 * keeps what is national (the guides, the glossary, England's figures and the
 * categories and needs), imports DfE's figures when given a release, and
 * records when the area's own data starts, so the history guard and the
 * revisions log never count the sample as published by the area.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document } from 'yaml';
import { parseCsv, toCsv } from '../core/csv';
import { displayPath } from '../core/files.node.ts';
import { problem, type DataProblem } from '../core/problems';
import { siteConfigSchema, type SiteConfig } from '../config/site-schema';
import { readSiteConfig, SITE_CONFIG_FILE } from '../config/site-file';
import { runImport } from '../compare/import.node.ts';
import { DATA_FILES } from './registry';

/** What a council says about itself, as the command's flags or answers give it. */
export interface NewAreaAnswers {
  name: string;
  council: string;
  url: string;
  email: string;
  phone: string;
  address: string;
  sendiassName: string;
  sendiassPhone: string;
  sendiassEmail: string;
  colour?: string | undefined;
  /** DfE's code or name for the council, checked against the release (`dfe`). */
  la?: string | undefined;
  /** DfE's "Education, health and care plans" release folder, to import the figures to compare with. */
  dfe?: string | undefined;
  /** DfE's statistical neighbours list. */
  neighbours?: string | undefined;
}

export interface NewAreaReport {
  problems: DataProblem[];
  /** What was done, a line each, for the person running it. */
  done: string[];
}

/** Which flag each setting comes from, so a mistake names what the person typed. */
const FLAG_OF: Record<string, string> = {
  areaName: '--name', council: '--council', siteUrl: '--url', 'contact.email': '--email', 'contact.phone': '--phone', 'contact.address': '--address',
  'sendiass.name': '--sendiass-name', 'sendiass.phone': '--sendiass-phone', 'sendiass.email': '--sendiass-email', brandColour: '--colour',
};

/** The new configuration: the answers, the sample's own choices that are not local (threshold, schedule, languages), and the start of the area's history. */
export function newConfig(answers: NewAreaAnswers, old: Partial<SiteConfig>, now: Date, compare?: SiteConfig['compare']): { value?: SiteConfig; problems: DataProblem[] } {
  const candidate = {
    sample: false,
    historyFrom: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    areaName: answers.name,
    council: answers.council,
    siteUrl: answers.url,
    contact: { email: answers.email, phone: answers.phone, address: answers.address },
    sendiass: { name: answers.sendiassName, phone: answers.sendiassPhone, email: answers.sendiassEmail },
    brandColour: answers.colour ?? old.brandColour ?? '#1d4f91',
    smallNumberThreshold: old.smallNumberThreshold ?? 5,
    ehcpSchedule: old.ehcpSchedule ?? { dayOfMonth: 20 },
    // The accessibility statement is prepared with the site; no audit is claimed until one is done.
    accessibility: { prepared: now.toISOString().slice(0, 10), reviewed: now.toISOString().slice(0, 10) },
    ...(compare ? { compare } : {}),
    languages: old.languages ?? [],
  };
  const parsed = siteConfigSchema.safeParse(candidate);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => {
      const key = issue.path.join('.');
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], candidate);
      return problem({ file: FLAG_OF[key] ?? key, value: typeof value === 'string' ? value : undefined, expected: issue.message });
    }),
  };
}

/** The configuration as a commented YAML file, like the one the project ships. */
export function configYaml(config: SiteConfig): string {
  const doc = new Document(config);
  doc.commentBefore = ` The settings for ${config.areaName}'s Local Offer: change these, not the code.\n Checked by \`npm run check-data\` and by every build; docs/new-area.md explains each one.`;
  const comment = (key: string, text: string) => {
    const pair = doc.contents && 'items' in doc.contents ? (doc.contents.items as { key: { value: string; commentBefore?: string } }[]).find((p) => p.key.value === key) : undefined;
    if (pair) pair.key.commentBefore = ` ${text}`;
  };
  comment('historyFrom', 'When this area\'s own data started: the history guard and the revisions log ignore the sample\'s versions before it.');
  comment('sendiass', 'The area\'s SEND Information, Advice and Support Service: guides give these details in every language.');
  comment('siteUrl', 'The address of the home page; it may have a path, such as https://your-org.github.io/your-repo/ (docs/hosting.md).');
  comment('brandColour', 'The header colour, also the site\'s icon and the browser\'s theme colour: white text must be readable on it (contrast of 4.5 to 1 or more).');
  comment('smallNumberThreshold', 'Counts from 1 up to one less than this are shown as "fewer than 5".');
  comment(
    'contact',
    'How families reach the Local Offer team. Add only what the council really does: the contact page, "Have your say" and the accessibility statement promise exactly what is here (docs/local-offer.md):\n' +
      '   phoneHours: Monday to Friday, 9am to 5pm\n' +
      '   visit: where and when families can come in person\n' +
      '   printedCopies: true, if you post printed copies of pages on request, free\n' +
      '   otherFormats: [large print, easy read], the formats you provide on request\n' +
      '   form: the address of your own online comments form, if you have one\n' +
      '   replyWithinWorkingDays: how soon you reply to a comment that gives contact details',
  );
  comment('accessibility', 'When the accessibility statement was prepared and last checked to be true. It says "partially compliant" until you add an audit by a person: its date, who did it, the kinds of page it covered and any problems not yet fixed (docs/local-offer.md).');
  comment('ehcpSchedule', 'The day of each month the EHCP figures are published by. The release calendar names contact.email as the team to ask about each dataset; set releases.contact to a team mailbox to change it.');
  return doc.toString({ lineWidth: 0 });
}

/** A file's rows that pass `keep`, with its header: the sample's categories and needs without its own areas. */
function keepRows(text: string, keep: (cells: Readonly<Record<string, string>>) => boolean, file: string): string {
  const { table } = parseCsv(text.replace(/^\uFEFF/, ''), file, { required: [] });
  return toCsv(table.headers, table.rows.filter((r) => keep(r.cells)).map((r) => r.cells));
}

/** Takes every sample record out of the data folder, as each dataset says; returns a line per file. */
export function clearSampleData(dataDir: string): string[] {
  const done: string[] = [];
  for (const spec of DATA_FILES) {
    const path = join(dataDir, spec.path);
    if (!existsSync(path)) continue;
    const shown = displayPath(path);
    if (spec.newArea === 'keep') continue;
    if (spec.newArea === 'remove') {
      rmSync(path, { recursive: true, force: true });
      done.push(`Removed ${shown}`);
    } else if (spec.newArea === 'empty') {
      const header = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
      writeFileSync(path, `${header}\r\n`);
      done.push(`Emptied ${shown} (its header row is kept)`);
    } else {
      writeFileSync(path, keepRows(readFileSync(path, 'utf8'), spec.newArea, shown));
      done.push(`Kept the national rows of ${shown}`);
    }
  }
  // A dataset's folder left empty (improvement-plan/) goes too.
  for (const folder of new Set(DATA_FILES.map((f) => f.path.split('/')[0]!).filter((f) => !f.endsWith('.csv')))) {
    const path = join(dataDir, folder);
    if (existsSync(path) && readdirSync(path).length === 0) rmSync(path, { recursive: true });
  }
  return done;
}

/** The sample's news and "you said, we did" are about the sample: a new area starts with none. */
export function clearSampleContent(contentDir: string): string[] {
  const updates = join(contentDir, 'updates');
  if (!existsSync(updates)) return [];
  const files = readdirSync(updates).filter((f) => /\.mdx?$/.test(f));
  for (const f of files) rmSync(join(updates, f));
  return files.length > 0 ? [`Removed the sample's ${files.length} updates from ${displayPath(updates)}`] : [];
}

export async function newArea(dataDir: string, contentDir: string, answers: NewAreaAnswers, now: Date): Promise<NewAreaReport> {
  const configPath = join(dataDir, SITE_CONFIG_FILE);
  const old = existsSync(configPath) ? readSiteConfig(readFileSync(configPath, 'utf8'), displayPath(configPath)).value ?? {} : {};
  // Checked before anything is changed: a mistake in the answers leaves the folders as they were.
  const checked = newConfig(answers, old, now);
  if (!checked.value) return { problems: checked.problems, done: [] };
  if (answers.dfe && !answers.la) return { problems: [problem({ file: '--la', expected: 'the council, as DfE names it or by its 3-digit code, to find its figures in the release given with --dfe' })], done: [] };

  // DfE's figures are imported into a folder of their own first: if anything is wrong, nothing has changed.
  let imported: { dir: string; compare: SiteConfig['compare']; messages: string[] } | undefined;
  if (answers.dfe) {
    const dir = mkdtempSync(join(tmpdir(), 'new-area-dfe-'));
    const report = await runImport({ source: answers.dfe, la: answers.la!, neighbours: answers.neighbours, out: dir });
    if (report.problems.some((p) => p.severity === 'error') || !report.la) {
      rmSync(dir, { recursive: true, force: true });
      return { problems: report.problems, done: [] };
    }
    imported = { dir, compare: { laCode: report.la.code, region: report.la.regionName }, messages: report.messages.filter((m) => !m.startsWith('Wrote ')) };
  }
  const done = [...clearSampleData(dataDir), ...clearSampleContent(contentDir)];
  if (imported) {
    cpSync(imported.dir, dataDir, { recursive: true });
    rmSync(imported.dir, { recursive: true, force: true });
    done.push(...imported.messages, `Wrote DfE's figures into ${displayPath(dataDir)}`);
  }
  const compare = imported?.compare;
  const config = newConfig(answers, old, now, compare).value!;
  writeFileSync(configPath, configYaml(config));
  done.push(`Wrote ${displayPath(configPath)} for ${config.council}`);
  return { problems: [], done };
}
