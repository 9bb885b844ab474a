/**
 * News and "You said, we did" updates in `content/updates/*.md` (`.mdx` when it uses a `<Fact>`).
 * Regulation 56 of the SEND Regulations 2014 requires the council to publish
 * comments about the Local Offer and what it is doing about them.
 */
import { z } from 'zod';
import { frontmatterDate, readFrontmatterWith, requiredText } from '../frontmatter';
import type { Checked } from '../../core/problems';

export const UPDATE_TYPES = ['news', 'data-release', 'you-said-we-did'] as const;
export type UpdateType = (typeof UPDATE_TYPES)[number];

/** How each type is named on the page, in the order the updates page groups them. */
export const UPDATE_TYPE_LABELS: Record<UpdateType, string> = {
  news: 'News',
  'data-release': 'Data releases',
  'you-said-we-did': 'You said, we did',
};

export const updateSchema = z
  .object({
    /** The headline, e.g. "New short breaks for teenagers". */
    title: requiredText('a title'),
    /** The date the update was published. */
    date: frontmatterDate,
    /** `news`, `data-release` or `you-said-we-did`. */
    type: z.enum(UPDATE_TYPES, { error: () => `one of: ${UPDATE_TYPES.join(', ')}` }),
    /** One or two sentences shown in lists and the RSS feed. */
    summary: requiredText('a one or two sentence summary'),
    /** For `you-said-we-did`: what families or young people told us, in their words where possible. */
    you_said: z.string().trim().min(1).optional(),
    /** For `you-said-we-did`: what the council did or will do about it. */
    we_did: z.string().trim().min(1).optional(),
  })
  .superRefine((u, ctx) => {
    if (u.type !== 'you-said-we-did') return;
    for (const field of ['you_said', 'we_did'] as const) {
      if (u[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `a "${field}" line, because this is a "You said, we did" update` });
      }
    }
  });

export type UpdateFrontmatter = z.output<typeof updateSchema>;

/** Reads and checks one update's frontmatter, naming each field that is wrong. */
export function readUpdateFrontmatter(file: string, source: string): Checked<UpdateFrontmatter | undefined> {
  return readFrontmatterWith(updateSchema, file, source, 'title, date, type and summary');
}

interface Dated {
  data: { date: string; title: string };
}

/** Newest first; updates on the same day by title. */
export function sortNewestFirst<T extends Dated>(updates: readonly T[]): T[] {
  return [...updates].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title, 'en-GB'));
}

/** Only the updates of one type, newest first. */
export function updatesOfType<T extends Dated & { data: { type: UpdateType } }>(updates: readonly T[], type: UpdateType): T[] {
  return sortNewestFirst(updates.filter((u) => u.data.type === type));
}

/** Updates grouped by type, in the order of UPDATE_TYPES, each newest first; empty groups are left out. */
export function groupByType<T extends Dated & { data: { type: UpdateType } }>(updates: readonly T[]): { type: UpdateType; label: string; updates: T[] }[] {
  return UPDATE_TYPES.map((type) => ({ type, label: UPDATE_TYPE_LABELS[type], updates: updatesOfType(updates, type) })).filter((g) => g.updates.length > 0);
}

/** The newest `count` updates of any type, for the home page. */
export function latestUpdates<T extends Dated>(updates: readonly T[], count = 3): T[] {
  return sortNewestFirst(updates).slice(0, count);
}
