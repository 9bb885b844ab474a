/**
 * The schema for the site configuration (`site.yaml` in the data folder,
 * read by ./site-file.ts). A local area changes its name, contact details and
 * colour there, not in code.
 */
import { z } from 'zod';
import { contrastRatio, darkerShadeThatPasses, parseHex } from './contrast.ts';
import { nativeName, ROOT_LANGUAGE } from '../core/languages.ts';

/** The contrast white text needs on the brand colour (WCAG 2.2 AA, normal text). */
export const BRAND_CONTRAST = 4.5;

const brandColour = z
  .string()
  .refine((c) => parseHex(c) !== undefined, { message: 'a colour written as #rrggbb, such as #1d4f91' })
  .superRefine((c, ctx) => {
    if (parseHex(c) === undefined) return;
    const ratio = contrastRatio(c, '#ffffff');
    if (ratio >= BRAND_CONTRAST) return;
    ctx.addIssue({
      code: 'custom',
      message: `a colour dark enough for white text on it: this one has a contrast of ${ratio.toFixed(2)} to 1 with white, and WCAG 2.2 AA needs at least ${BRAND_CONTRAST} to 1. A darker shade of the same colour that passes: ${darkerShadeThatPasses(c, BRAND_CONTRAST)}`,
    });
  });

const dfeCode = z.string().regex(/^\d{3}$/, { message: "DfE's 3-digit local authority code, such as 801" });

export const compareSchema = z
  .strictObject({
    /** This council's DfE code (`old_la_code`, e.g. "937"), or null for a sample area that is not in DfE's figures. */
    laCode: dfeCode.nullable(),
    /** The region to compare with, as DfE names it, e.g. "West Midlands". */
    region: z.string().min(1),
    /** For a sample area only: the real council whose 10 statistical neighbours to borrow. */
    neighboursOf: dfeCode.optional(),
  })
  .refine((c) => c.laCode !== null || c.neighboursOf !== undefined, { message: 'a sample area (laCode null) needs neighboursOf: the code of a real council whose neighbours to borrow' })
  .refine((c) => c.laCode === null || c.neighboursOf === undefined || c.neighboursOf === c.laCode, { message: 'a real council compares with its own neighbours: leave out neighboursOf, or make it the same as laCode' });

export type CompareConfig = z.output<typeof compareSchema>;

/** The council whose neighbours the comparison uses: its own, or the one a sample area borrows. */
export function neighboursCode(c: CompareConfig): string {
  return c.laCode ?? c.neighboursOf!;
}
/** A language code such as `pl` or `ur` that the browser's own language data knows by name. */
const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, { message: 'a language code such as pl, ur, ar or so (BCP 47: lower-case language, optional -Script and -REGION)' })
  .refine((code) => nativeName(code) !== undefined, { message: 'a language code the Intl language data knows, such as pl, ur, ar or so' })
  .refine((code) => code.split('-')[0] !== ROOT_LANGUAGE.split('-')[0], { message: 'a language other than English: English pages are at the root of the site' });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date written as YYYY-MM-DD, such as 2026-11-02' });

export const contactSchema = z.strictObject({
  /** The Local Offer team's email address. */
  email: z.email(),
  /** The Local Offer team's phone number. */
  phone: z.string().min(1),
  /** The postal address for letters. */
  address: z.string().min(1),
  /** When the phone line is answered, e.g. "Monday to Friday, 9am to 5pm". */
  phoneHours: z.string().min(1).optional(),
  /** The council's own online form for comments on the Local Offer, if it has one. */
  form: z.url({ message: 'a web address starting https://' }).optional(),
  /** Where families can come in person to ask about the Local Offer, and when. */
  visit: z.string().min(1).optional(),
  /** True if the council posts printed copies of pages on request, free of charge. */
  printedCopies: z.boolean().default(false),
  /** Other formats the council provides on request, e.g. [large print, easy read, braille, audio]. */
  otherFormats: z.array(z.string().min(1)).default([]),
  /** How many working days the council takes to reply to a comment that gives contact details. */
  replyWithinWorkingDays: z.number().int().min(1).max(60).optional(),
});

export type ContactConfig = z.output<typeof contactSchema>;

/** One problem an audit found that is not yet fixed: the statement lists it under "Problems we know about". */
export const unfixedIssueSchema = z.strictObject({
  /** What the problem is and who it affects, in plain English. */
  issue: z.string().min(1),
  /** The WCAG 2.2 success criterion it fails, such as "1.4.3 Contrast (Minimum)". */
  criterion: z.string().min(1).optional(),
  /** The day we plan to have it fixed by. */
  fixBy: isoDate.optional(),
});

export type UnfixedIssue = z.output<typeof unfixedIssueSchema>;

export const accessibilitySchema = z
  .strictObject({
    /** The day the accessibility statement was first prepared. */
    prepared: isoDate,
    /** The day it was last reviewed; check-data warns 12 months after. */
    reviewed: isoDate,
    /** A manual accessibility audit by a person; leave out until one has been done. */
    audit: z
      .strictObject({
        /** The day the audit was finished. */
        date: isoDate,
        /** Who did it: an organisation or team, e.g. "Northbrook Council digital team". */
        by: z.string().min(1),
        /** The kinds of page it covered, each named (docs/local-offer.md): a kind added to the software later is not covered by an older audit. */
        pageTypes: z.array(z.string().min(1)).min(1, { message: 'at least one kind of page' }),
        /** The problems it found that are not yet fixed; [] when every one has been fixed. */
        unfixed: z.array(unfixedIssueSchema),
      })
      .optional(),
  })
  .refine((a) => a.reviewed >= a.prepared, { message: 'a "reviewed" date on or after the "prepared" date', path: ['reviewed'] });

export type AccessibilityConfig = z.output<typeof accessibilitySchema>;

export const privacySchema = z
  .strictObject({
    /** One or two sentences on what the web host records about each visit and for how long. */
    hostLogs: z.string().min(1).optional(),
    /** The council's own full privacy notice, which the privacy page links to. */
    noticeUrl: z.url({ message: 'a web address starting https://' }).optional(),
  })
  .default({});

/** A cookie the analytics service sets, for the privacy notice. */
export const cookieSchema = z.strictObject({
  /** The cookie's name, e.g. "_ga". */
  name: z.string().min(1),
  /** What it is for, in plain English. */
  purpose: z.string().min(1),
  /** How long it lasts, e.g. "2 years" or "until you close your browser". */
  lasts: z.string().min(1),
});

export const analyticsSchema = z.strictObject({
  /** The service's name, e.g. "Plausible Analytics". */
  name: z.string().min(1),
  /** The script the pages load; its site is allowed by the Content Security Policy. */
  script: z.url({ message: 'a web address starting https://' }).refine((u) => u.startsWith('https://'), { message: 'a web address starting https://' }),
  /** What it records, in plain English, for the privacy notice. */
  collects: z.string().min(1),
  /** The service's own privacy notice. */
  privacyUrl: z.url().optional(),
  /** The cookies it sets; [] when it sets none. Left out, the privacy notice cannot say, and check-data warns. */
  cookies: z.array(cookieSchema).optional(),
});

export type AnalyticsConfig = z.output<typeof analyticsSchema>;

/** The datasets in the release calendar that can name their own team (src/calendar/sources.ts). */
export const RELEASE_CONTACT_KEYS = ['ehcp-timeliness', 'indicators', 'improvement-plan', 'compare', 'services', 'comments'] as const;

export const releasesSchema = z.strictObject({
  /** A team's email address (not a person's) for questions about any dataset's publications. */
  contact: z.email(),
  /** A different team mailbox for some datasets: any of RELEASE_CONTACT_KEYS. */
  contacts: z
    .strictObject(Object.fromEntries(RELEASE_CONTACT_KEYS.map((k) => [k, z.email().optional()])) as Record<(typeof RELEASE_CONTACT_KEYS)[number], z.ZodOptional<z.ZodEmail>>)
    .default({}),
});

export type ReleasesConfig = z.output<typeof releasesSchema>;

/**
 * Every object here is strict (z.strictObject), at every level: a misspelt
 * setting would otherwise be dropped without a word (./site-file.ts names it,
 * with the nearest known key; site-file.test.ts checks none is left loose).
 */
export const siteConfigSchema = z.strictObject({
  /** True while the site is the made-up sample area the project ships with: every page says so. `npm run new-area` sets it to false. */
  sample: z.boolean().default(false),
  /**
   * When this area's own data started (an ISO date and time; `npm run new-area` sets it): the history guard and
   * the revisions log ignore versions committed before it, which were the sample's, never published by the area.
   */
  historyFrom: z.iso.datetime({ offset: true, message: 'a date and time such as 2026-12-06T10:15:00Z' }).optional(),
  /** The local area's name as families know it, e.g. "Northbrook". */
  areaName: z.string().min(1),
  /** The council that publishes the Local Offer. */
  council: z.string().min(1),
  /**
   * The public address of the site, used for the sitemap, feeds and canonical links; it may have a path
   * (`https://org.github.io/repo/`), which every link then carries (docs/hosting.md). Kept with a `/` at the end.
   */
  siteUrl: z
    .url({ protocol: /^https?$/, message: 'a web address starting https://, such as https://www.council.gov.uk/localoffer/' })
    .refine((u) => !/[?#]/.test(u), { message: 'a web address without ? or #: the address of the home page, such as https://www.council.gov.uk/localoffer/' })
    .transform((u) => (u.endsWith('/') ? u : `${u}/`)),
  /** Who to contact about the Local Offer, and how families can get its information without the internet (regulations 56 and 57). */
  contact: contactSchema,
  /**
   * The area's SEND Information, Advice and Support Service (SENDIASS): every
   * area has one, and guides name it by its role (`<Fact name="sendiass.phone" />`),
   * never by a directory id, so a new area's guides give its own details.
   */
  sendiass: z.strictObject({
    /** How families know it, e.g. "Northbrook SENDIASS". */
    name: z.string().min(1),
    phone: z.string().min(1),
    email: z.email(),
    website: z.url().optional(),
    /** When the helpline is open, in words. */
    openingTimes: z.string().min(1).optional(),
    /** A line for young people aged 16 to 25 in their own right, if it has one. */
    youngPeoplePhone: z.string().min(1).optional(),
  }),
  /** Header colour; must carry white text at 4.5:1 or more. */
  brandColour,
  /** Counts from 1 up to one less than this are shown as "fewer than N". */
  smallNumberThreshold: z.number().int().min(1).max(20),
  /** When the EHCP figures are published: by this day of the month after the month they are for. */
  ehcpSchedule: z.strictObject({ dayOfMonth: z.number().int().min(1).max(28) }),
  /** The accessibility statement's dates, and the manual audit if one has been done (src/local-offer/accessibility.ts). */
  accessibility: accessibilitySchema,
  /** What the privacy notice says about the web host's logs, and the council's own privacy notice (src/local-offer/information.ts). */
  privacy: privacySchema,
  /** An analytics service the council has chosen; leave out for none. The privacy notice and the Content Security Policy name it. */
  analytics: analyticsSchema.optional(),
  /** The team mailbox named as the contact for each dataset's publications in the release calendar (src/calendar/). */
  releases: releasesSchema.optional(),
  /** How we compare with England, the region and similar areas (src/compare/); left out until DfE's figures are imported. */
  compare: compareSchema.optional(),
  /** Languages the site is translated into besides English, each under `/<code>/`; see docs/translations.md. */
  languages: z
    .array(languageCode)
    .refine((codes) => new Set(codes).size === codes.length, { message: 'each language listed once' })
    .default([]),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
