/** What a guide's frontmatter holds (`content/guides/**.mdx`), and its slug. */
import { z } from 'zod';
import { type Checked } from '../../core/problems';
import { choice, frontmatterDate, readFrontmatterWith, requiredText } from '../frontmatter';
import { recordingSchema } from '../../listen/recording';

export const AUDIENCES = ['parents-carers', 'young-people', 'professionals'] as const;
export const FORMATS = ['standard', 'easy-read'] as const;

export type Audience = (typeof AUDIENCES)[number];
export type Format = (typeof FORMATS)[number];

export const guideSchema = z
  .object({
    /** The page title and the link text in lists; say what the page helps with. */
    title: requiredText('a title, such as "Asking for an EHC needs assessment"'),
    /** One or two sentences shown under the title and in search results. */
    summary: requiredText('a one or two sentence summary of the guide'),
    /** Who the guide is written for. */
    audience: choice(AUDIENCES),
    /** `easy-read` guides use short lines and pictures, and have stricter checks. */
    format: choice(FORMATS).default('standard'),
    /** Topics used to group guides and suggest related ones, e.g. `ehcp`, `preparing-for-adulthood`. */
    topics: z
      .array(z.string().trim().min(1), { error: () => 'a list of topics, such as [ehcp, annual-review]' })
      .min(1, { error: () => 'at least one topic' }),
    /** The date someone last checked the guide was right. */
    reviewed: frontmatterDate,
    /** The date the guide must be checked again; after `reviewed`. */
    next_review: frontmatterDate,
    /** Slugs of guides to suggest first, e.g. `ehcp-process` or `young-people/what-is-an-ehc-plan`. */
    related: z.array(z.string().trim().min(1), { error: () => 'a list of guide slugs' }).optional(),
    /** The paragraphs of Schedule 2 (what a Local Offer must include) this guide answers, e.g. `[sch2-17]`; see docs/local-offer.md. */
    schedule2: z.array(z.string().trim().min(1), { error: () => 'a list of Schedule 2 keys, such as [sch2-15, sch2-17]' }).optional(),
    /** Position in guide lists; lower comes first. Guides without it follow, by title. */
    order: z.number({ error: () => 'a whole number such as 1' }).int({ error: () => 'a whole number such as 1' }).optional(),
    /** A recording of the guide made by a person (src/listen/recording.ts): file, duration and description. */
    audio: recordingSchema.optional(),
  })
  .refine((g) => g.next_review > g.reviewed, {
    path: ['next_review'],
    error: () => 'a date after the "reviewed" date',
  });

export type GuideFrontmatter = z.output<typeof guideSchema>;

/** A guide as the helpers need it: its slug and frontmatter. */
export interface GuideRef {
  slug: string;
  data: Pick<GuideFrontmatter, 'title' | 'topics'> & Partial<Pick<GuideFrontmatter, 'related' | 'order'>>;
}

/**
 * The slug Astro's glob loader gives a guide, from its path under the guides
 * folder: `young-people/What Is.mdx` → `young-people/what-is`. Never from the
 * whole path, so the content folder can have any name (CONTENT_DIR=../preview).
 */
export function guideSlug(pathInGuides: string): string {
  return pathInGuides
    .replace(/\\/g, '/')
    .replace(/\.(mdx|md)$/i, '')
    .split('/')
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9\s-]/g, '')
        .trim()
        .replace(/\s+/g, '-'),
    )
    .join('/');
}

/** Reads and validates a guide's frontmatter, naming each field that is wrong. */
export function readGuideFrontmatter(file: string, source: string): Checked<GuideFrontmatter | undefined> {
  return readFrontmatterWith(guideSchema, file, source, 'title, summary, audience, format, topics, reviewed and next_review');
}
