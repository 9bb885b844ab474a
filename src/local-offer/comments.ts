/**
 * Regulation 56 of the SEND Regulations 2014: the council must publish, at
 * least once a year, the comments it has had about its Local Offer and what it
 * is doing about them. They are the "You said, we did" updates
 * (content/updates/, type `you-said-we-did`); this gathers them into a page
 * for each year, and check-data warns when the newest is over 12 months old.
 */
import { addYears, isoDay } from '../core/dates';
import { formatDate } from '../core/format';
import { problem, type DataProblem } from '../core/problems';

/** A "You said, we did" update as the comments pages need it. */
export interface Comment {
  id: string;
  date: string;
  title: string;
  you_said: string;
  we_did: string;
}

interface UpdateLike {
  id: string;
  data: { type: string; date: string; title: string; you_said?: string | undefined; we_did?: string | undefined };
}

/** Only the "You said, we did" updates, newest first. */
export function commentsFrom(updates: readonly UpdateLike[]): Comment[] {
  return updates
    .filter((u) => u.data.type === 'you-said-we-did' && u.data.you_said !== undefined && u.data.we_did !== undefined)
    .map((u) => ({ id: u.id, date: u.data.date, title: u.data.title, you_said: u.data.you_said!, we_did: u.data.we_did! }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en-GB'));
}

/** The page of one year's comments and our response. */
export function commentsYearPath(year: string): string {
  return `/have-your-say/comments/${year}/`;
}

export interface CommentsYear {
  year: string;
  href: string;
  comments: Comment[];
}

/** The comments grouped by the year they were published, newest year first. */
export function commentsByYear(comments: readonly Comment[]): CommentsYear[] {
  const years = [...new Set(comments.map((c) => c.date.slice(0, 4)))].sort().reverse();
  return years.map((year) => ({ year, href: commentsYearPath(year), comments: comments.filter((c) => c.date.startsWith(year)) }));
}

/** The day by which the next "You said, we did" update is due: a year after the newest. */
export function nextCommentsDue(comments: readonly Pick<Comment, 'date'>[]): string | undefined {
  const newest = comments.map((c) => c.date).sort().at(-1);
  return newest === undefined ? undefined : addYears(newest, 1);
}

/**
 * A warning when the comments and our response have not been published for
 * over 12 months (or never): regulation 56 asks for them at least once a year.
 * Published on this day last year is still in time; the day before is not.
 */
export function commentsOverdue(comments: readonly Pick<Comment, 'date'>[], today: Date, folder: string): DataProblem[] {
  const yearAgo = addYears(isoDay(today), -1);
  const newest = comments.map((c) => c.date).sort().at(-1);
  if (newest !== undefined && newest >= yearAgo) return [];
  return [
    problem({
      file: folder,
      value: newest,
      expected:
        newest === undefined
          ? 'at least one "You said, we did" update: regulation 56 of the SEND Regulations 2014 asks the council to publish the comments it has had about the Local Offer, and its response, at least once a year'
          : `a "You said, we did" update published in the last 12 months (since ${formatDate(yearAgo)}): regulation 56 of the SEND Regulations 2014 asks for the comments about the Local Offer, and the council's response, at least once a year`,
      fix: 'Add an update with "type: you-said-we-did", "you_said:" and "we_did:" lines (see docs/content-editors.md).',
      severity: 'warning',
    }),
  ];
}

/** An email address or a UK phone number: what a comment must not carry, so that no one can be identified. */
const CONTACT_DETAILS = /[^\s@]+@[^\s@]+\.[a-z]{2,}|(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/i;

/**
 * Comments are published anonymised: a warning when what someone told us (an
 * update's `you_said`) holds an email address or a phone number.
 */
export function commentsWithContactDetails(updates: readonly { path: string; you_said?: string | undefined }[]): DataProblem[] {
  return updates.flatMap((u) => {
    const found = (u.you_said ?? '').match(CONTACT_DETAILS)?.[0];
    if (found === undefined) return [];
    return [
      problem({
        file: u.path,
        column: 'you_said',
        value: found,
        expected: "what people told us without their email address or phone number: it is published on the yearly comments page",
        fix: 'Take the contact details out, so that no one can be identified.',
        severity: 'warning',
      }),
    ];
  });
}
