/**
 * Settings for this local area. Change these, not the code.
 * Checked when the site builds: a colour that fails contrast stops the build.
 */
import { siteConfigSchema } from './site-schema.ts';

export const site = siteConfigSchema.parse({
  areaName: 'Northbrook',
  council: 'Northbrook Council',
  siteUrl: 'https://localoffer.northbrook.example',
  contact: {
    email: 'localoffer@northbrook.example',
    phone: '01632 960 000',
    address: 'Northbrook Council, Civic Centre, Market Street, Northbrook NB1 1AA',
  },
  brandColour: '#1d4f91',
  smallNumberThreshold: 5,
  // Pages and guides say "by the 20th of the following month" from this day; nobody types it.
  ehcpSchedule: { dayOfMonth: 20 },
  accessibilityReviewed: '2026-11-02',
  // Northbrook is fictional, so it is not in DfE's figures: it compares its own
  // figures with the West Midlands and with Warwickshire's statistical neighbours
  // (its sample postcodes sit in north Warwickshire and it is a similar size).
  // A real council sets laCode to its DfE code and leaves out neighboursOf.
  compare: { laCode: null, region: 'West Midlands', neighboursOf: '937' },
  // Polish, Urdu, Arabic, Somali: each has its own home page at /pl/, /ur/… and translated guides.
  languages: ['pl', 'ur', 'ar', 'so'],
});
