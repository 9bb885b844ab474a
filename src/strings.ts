/**
 * The words the site's components use, in one place, so they can be reviewed
 * for plain English together (and translated one day). Page copy lives in the
 * pages and content files; generated data sentences live in src/data.
 */
import { site } from './site.config';

export const strings = {
  siteTitle: `${site.areaName} SEND Local Offer`,
  skipLink: 'Skip to main content',
  navLabel: 'Main',
  nav: [
    { href: '/', label: 'Home' },
    { href: '/services/', label: 'Services' },
    { href: '/data/ehcp-timeliness/', label: 'EHCP figures' },
  ],
  footer: {
    contactHeading: 'Contact us',
    accessibility: 'Accessibility statement',
    openData: 'Open data',
    lastUpdated: 'Last updated',
    licence: 'Data on this site is open data you may reuse under the Open Government Licence v3.0.',
  },
  figure: {
    source: 'Source',
    download: 'Download this data',
    footnotes: 'Notes',
    tableNote: 'The table below gives the same figures as the chart.',
  },
  suppressed: (threshold: number) => `fewer than ${threshold}`,
  notGiven: 'not given',
} as const;
