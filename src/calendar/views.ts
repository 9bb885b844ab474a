/** The release calendar for the page and the feed: the sources (./sources.ts) built from this build's datasets. */
import { join } from 'node:path';
import { buildDate } from '../core/build-date';
import { contentDir, dataDir, displayPath } from '../core/files.node.ts';
import { site } from '../config/site.node.ts';
import { getUpdates } from '../content/updates/collection';
import { getEhcp } from '../ehcp/collection';
import { getChanges } from '../history/collection';
import { getIndicatorSuite } from '../indicators/collection';
import { getImprovementPlan, hasImprovementPlan } from '../plan/collection';
import { commentsFrom } from '../local-offer/comments';
import { calendarView, plannedPublications, type CalendarView, type Contacts, type PlannedPublication } from './calendar';
import { calendarSources, type CalendarSource } from './sources';

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
    const [ehcp, suite, plan, updates, changes] = await Promise.all([getEhcp(), getIndicatorSuite(), hasImprovementPlan() ? getImprovementPlan() : undefined, getUpdates(), getChanges()]);
    const sources = calendarSources({
      publishDay: site.ehcpSchedule.dayOfMonth,
      dataFolder: displayPath(dataDir()),
      ehcp: { months: ehcp.months, file: ehcp.files.timeliness },
      indicators: { indicators: suite.indicators, values: suite.values, file: suite.files.values },
      plan: plan && { plan, reviewsFolder: plan.files.reviews },
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

/** The calendar page's view. */
export async function getCalendarView(): Promise<CalendarView> {
  const { sources, planned, contacts } = await getCalendar();
  return calendarView(sources, planned, contacts);
}
