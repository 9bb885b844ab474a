/**
 * The schema for the one typed site configuration (`src/config/site.ts`).
 * A local area changes its name, contact details and colour there, not in code.
 */
import { z } from 'zod';
import { contrastRatio, parseHex } from './contrast';

const brandColour = z
  .string()
  .refine((c) => parseHex(c) !== undefined, { message: 'a colour written as #rrggbb, such as #1d4f91' })
  .refine((c) => parseHex(c) === undefined || contrastRatio(c, '#ffffff') >= 4.5, {
    message: 'a colour dark enough for white text on it (contrast of at least 4.5 to 1, WCAG 2.2 AA); choose a darker shade',
  });

export const siteConfigSchema = z.object({
  /** The local area's name as families know it, e.g. "Northbrook". */
  areaName: z.string().min(1),
  /** The council that publishes the Local Offer. */
  council: z.string().min(1),
  /** The public address of the site, used for the sitemap and feeds. */
  siteUrl: z.url(),
  /** Who to contact about the Local Offer. */
  contact: z.object({ email: z.email(), phone: z.string().min(1), address: z.string().min(1) }),
  /** Header colour; must carry white text at 4.5:1 or more. */
  brandColour,
  /** Counts from 1 up to one less than this are shown as "fewer than N". */
  smallNumberThreshold: z.number().int().min(1).max(20),
  /** When the EHCP figures are published: by this day of the month after the month they are for. */
  ehcpSchedule: z.object({ dayOfMonth: z.number().int().min(1).max(28) }),
  /** The date of the accessibility statement's last review. */
  accessibilityReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
