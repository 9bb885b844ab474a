/** The release calendar for the page and the feed: the sources (./sources.ts) built from this build's datasets. */
import { join } from 'node:path';
import { buildDate } from '../core/build-date';
import { contentDir, dataDir, displayPath } from '../core/files.node.ts';
import { site } from '../config/site.node.ts';
import { getUpdates } from '../content/updates/collection';
import { getEhcp } from '../ehcp/collection';
import { getChanges } from '../history/collection';
import { getIndicatorSuite } from '../indicators/collection';
import { getCompareData, hasCompare } from '../compare/collection';
import { reportingYearOf } from '../compare/release';
import { getDirectory } from '../directory/collection';
import { getImprovementPlan, hasImprovementPlan } from '../plan/collection';
import { commentsFrom } from '../local-offer/comments';
import { calendarView, plannedPublications, type CalendarView, type Contacts, type PlannedPublication } from './calendar';
import { calendarSources, type CalendarSource } from './sources';
import { explainedWords, type ExplainedWord } from '../content/glossary/explained-words';
import { getGlossary } from '../content/glossary/collection';

interface Calendar {
  sources: CalendarSource[];
  planned: PlannedPublication[];
  contacts: Contacts;
}

let calendar: Promise<Calendar> | undefined;

/** The datasets and every planned publication for the next 12 months, worked out once per build. */
function getCalendar(): Promise<Calendar> {
  calendar ??= (async () => {
    const today = buildDate();
    const [ehcp, suite, plan, compare, directory, updates, changes] = await Promise.all([
      getEhcp(), getIndicatorSuite(), hasImprovementPlan() ? getImprovementPlan() : undefined, hasCompare() ? getCompareData() : undefined, getDirectory(), getUpdates(), getChanges(),
    ]);
    const reportingYear = compare && reportingYearOf(compare.release);
    const sources = calendarSources({
      publishDay: site.ehcpSchedule.dayOfMonth,
      dataFolder: displayPath(dataDir()),
      ehcp: { months: ehcp.months, file: ehcp.files.timeliness },
      indicators: { indicators: suite.indicators, values: suite.values, file: suite.files.values },
      plan: plan && { plan, reviewsFolder: plan.files.reviews },
      compare: compare && reportingYear !== undefined ? { reportingYear, file: compare.files.release } : undefined,
      directory: directory.services.length > 0 ? { file: directory.files.services } : undefined,
      comments: { comments: commentsFrom(updates), folder: displayPath(join(contentDir(), 'updates')) },
      today,
    });
    const contacts = { contact: site.releases?.contact ?? site.contact.email, contacts: site.releases?.contacts ?? {} };
    return { sources, planned: plannedPublications(sources, today, changes, contacts), contacts };
  })();
  return calendar;
}

/** Every planned publication, for the iCalendar feed. */
export async function getPlannedPublications(): Promise<PlannedPublication[]> {
  return (await getCalendar()).planned;
}

/** The calendar page's view, with the words on it a family may not know explained from the jargon buster. */
export async function getCalendarView(): Promise<CalendarView & { words: ExplainedWord[] }> {
  const { sources, planned, contacts } = await getCalendar();
  const view = calendarView(sources, planned, contacts);
  const texts = [...view.datasets.flatMap((d) => [d.name, d.schedule]), ...view.months.flatMap((m) => m.rows.map((r) => r.title))];
  return { ...view, words: explainedWords(texts, (await getGlossary()).entries) };
}
