/**
 * What check-data says about the Local Offer as the law asks for it: every
 * paragraph of Schedule 2 answered somewhere (a warning naming each one that
 * is not), "You said, we did" published at least yearly and anonymised
 * (regulation 56), and the accessibility statement reviewed in the last 12
 * months with an audit no older, a way to get the information without the
 * internet besides a phone call (regulation 57), an analytics service's cookies
 * named, and guides that type a phone number or email address instead of a
 * fact (./promises.ts). Pure: ./check.node.ts reads the files.
 */
import type { SiteConfig } from '../config/site-schema';
import type { Checked, DataProblem } from '../core/problems';
import type { Facts } from '../content/facts/facts';
import { guideSlug, readGuideFrontmatter } from '../content/guides/schema';
import { readUpdateFrontmatter } from '../content/updates/updates';
import { auditOld, statementOverdue, unknownPageKinds } from './accessibility';
import { analyticsCookieProblems, offlineProblems } from './information';
import { commentsFrom, commentsOverdue, commentsWithContactDetails } from './comments';
import { promisedForm, typedContacts } from './promises';
import { categorySources, coverage, guideSources, sitePageSources, unanswered, unknownKeys } from './coverage';
import type { Schedule2Paragraph } from './schedule-2';
import { DIRECTORY_FILES } from '../directory/files';

interface TextFile {
  path: string;
  source: string;
}

export interface LocalOfferInputs {
  schedule2: Checked<Schedule2Paragraph[]>;
  /** English guides, as committed. */
  guides: readonly TextFile[];
  updates: readonly TextFile[];
  /** The directory's categories, when the taxonomy could be read. */
  taxonomy?: { categories: readonly { id: string; label: string; schedule2: readonly string[] }[]; file: string } | undefined;
  /**
   * The directory's services (their categories), when they were read without
   * errors: an empty category answers nothing. Undefined when not known, and
   * then no category is taken to be empty.
   */
  services?: readonly { categories: readonly string[] }[] | undefined;
  /** The configuration, when it could be read, and its file. */
  site: SiteConfig | undefined;
  siteFile: string;
  folders: { guides: string; updates: string };
  today: Date;
  /** The facts from the data, when it could be read: to name the fact for a typed phone number or email address. */
  facts?: Facts | undefined;
}

export function checkLocalOffer(input: LocalOfferInputs): DataProblem[] {
  const guides = input.guides.flatMap((g) => {
    const data = readGuideFrontmatter(g.path, g.source).value;
    return data ? [{ slug: guideSlug(g.path), title: data.title, schedule2: data.schedule2, file: g.path }] : [];
  });
  const sources = [
    ...guideSources(guides),
    ...(input.taxonomy ? categorySources(input.taxonomy.categories, input.services, input.taxonomy.file) : []),
    ...sitePageSources(input.services?.length),
  ];
  const paragraphs = input.schedule2.value;
  const updates = input.updates.flatMap((u) => {
    const data = readUpdateFrontmatter(u.path, u.source).value;
    return data ? [{ id: u.path, path: u.path, data }] : [];
  });
  const comments = commentsFrom(updates);
  return [
    ...input.schedule2.problems,
    ...[...input.guides, ...input.updates].flatMap((f) => [...typedContacts(f.path, f.source, input.facts), ...promisedForm(f.path, f.source, input.site?.contact.form !== undefined)]),
    ...unknownKeys(paragraphs, sources),
    ...unanswered(coverage(paragraphs, sources), { guides: input.folders.guides, taxonomy: input.taxonomy?.file ?? `data/${DIRECTORY_FILES.taxonomy}` }),
    ...commentsOverdue(comments, input.today, input.folders.updates),
    ...commentsWithContactDetails(updates.map((u) => ({ path: u.path, you_said: u.data.you_said }))),
    ...(input.site
      ? [
          ...unknownPageKinds(input.site.accessibility, input.siteFile),
          ...statementOverdue(input.site.accessibility, input.today, input.siteFile),
          ...auditOld(input.site.accessibility, input.today, input.siteFile),
          ...analyticsCookieProblems(input.site.analytics, input.siteFile),
          ...offlineProblems(input.site.contact, input.siteFile),
        ]
      : []),
  ];
}
