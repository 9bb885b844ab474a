/**
 * The words the site's components use, in one place, so they can be reviewed
 * for plain English together (and translated one day). Page copy lives in the
 * pages and content files; generated data sentences live in src/data.
 */
import { site } from './site';

export const strings = {
  siteTitle: `${site.areaName} SEND Local Offer`,
  skipLink: 'Skip to main content',
  navLabel: 'Main',
  nav: [
    { href: '/', label: 'Home' },
    { href: '/services/', label: 'Services' },
    { href: '/guides/', label: 'Guides' },
    { href: '/young-people/', label: 'Young people' },
    { href: '/data/ehcp-timeliness/', label: 'EHCP figures' },
    { href: '/progress/', label: 'Progress' },
    { href: '/updates/', label: 'Updates' },
  ],
  footer: {
    contactHeading: 'Contact us',
    accessibility: 'Accessibility statement',
    openData: 'Open data',
    glossary: 'Jargon buster',
    checkFile: 'For staff: check a data file',
    lastUpdated: 'Last updated',
    licence: 'Data on this site is open data you may reuse under the Open Government Licence v3.0.',
  },
  figure: {
    source: 'Source',
    download: 'Download this data',
    footnotes: 'Notes',
    tableNote: 'The table below gives the same figures as the chart.',
    revised: 'revised',
  },
  guide: {
    contents: 'Contents',
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review',
    overdue: (date: string) =>
      `We meant to check this guide by ${date} and have not done so yet. Most of it should still be right, but some details may have changed. If you are not sure about something, email us at`,
    related: 'Related guides',
    easyRead: 'Easy read',
    glossaryNote: { before: 'Words you may not know are explained in our', link: 'jargon buster' },
  },
  notGiven: 'not given',
  plan: {
    /** Before how long an action is past its due date: "Overdue: 7 months". */
    overdue: 'Overdue',
    evidence: 'See the evidence',
    status: 'Status',
  },
  search: {
    label: 'Search this site',
    button: 'Search',
  },
} as const;
