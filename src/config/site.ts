/**
 * Settings for this local area. Change these, not the code.
 * Checked when the site builds: a colour that fails contrast stops the build.
 */
import { siteConfigSchema } from './site-schema';

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
  ehcpSchedule: { dayOfMonth: 20, description: 'We publish each month’s figures by the 20th of the following month.' },
  accessibilityReviewed: '2026-11-02',
  // Polish, Urdu, Arabic, Somali: each has its own home page at /pl/, /ur/… and translated guides.
  languages: ['pl', 'ur', 'ar', 'so'],
});
