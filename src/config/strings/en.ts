/**
 * The words the site's components use, in English, in one place, so they can
 * be reviewed for plain English together and translated (one dictionary per
 * language beside this file; English is the fallback for a missing key).
 * Page copy lives in the pages and content files; generated data sentences
 * live in each feature's view model.
 */
import { site } from '../site.node.ts';
import { searchClient } from './en-search';
import { formsClient } from './en-forms';
import { datesWords } from './en-dates';

/** The English site's sections, as the language home pages describe them in "Pages in English". */
const englishSections = {
  services: 'Services: find help near you',
  guides: 'Guides for parents and carers',
  youngPeople: 'Guides for young people',
  ehcp: 'Are EHC plans on time? Our figures',
  progress: 'Progress on our improvement plan',
  updates: 'News and updates',
};

/** A link in the main menu; `section` names its description in "Pages in English" on the language home pages. */
interface MenuItem {
  href: string;
  label: string;
  section?: keyof typeof englishSections;
}

const nav: readonly MenuItem[] = [
  { href: '/', label: 'Home' },
  { href: '/services/', label: 'Services', section: 'services' },
  { href: '/guides/', label: 'Guides', section: 'guides' },
  { href: '/young-people/', label: 'Young people', section: 'youngPeople' },
  { href: '/data/ehcp-timeliness/', label: 'EHCP figures', section: 'ehcp' },
  { href: '/progress/', label: 'Progress', section: 'progress' },
  { href: '/updates/', label: 'Updates', section: 'updates' },
];

export const strings = {
  siteTitle: `${site.areaName} SEND Local Offer`,
  skipLink: 'Skip to main content',
  navLabel: 'Main',
  nav,
  footer: {
    contactHeading: 'Contact us',
    accessibility: 'Accessibility statement',
    openData: 'Open data',
    glossary: 'Jargon buster',
    checkFile: 'For staff: check a data file',
    lastUpdated: datesWords.lastUpdated,
    licence: 'Data on this site is open data you may reuse under the Open Government Licence v3.0.',
    email: 'Email',
    phone: 'Phone',
    /** After a link to a page that is only in English, on a translated page: "(in English)". */
    inEnglish: 'in English',
    /** The links to the Local Offer's information pages (src/config/strings/en-local-offer.ts lists them): the pages are in English, their links in every language. */
    information: {
      contact: 'Contact us, or get this information without the internet',
      haveYourSay: 'Have your say about the Local Offer',
      localOffer: 'What our Local Offer includes',
      calendar: 'Release calendar',
      privacy: 'Privacy notice',
    },
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
  /** The GOV.UK form patterns' words (error summary, errors beside fields). */
  forms: formsClient,
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
    /** The search page (`/search/`, `/<lang>/search/`). */
    page: {
      title: 'Search',
      description: 'Search the guides, services, figures and updates on this site.',
      question: 'What are you looking for?',
      hint: 'For example: short breaks, tribunal, speech therapy.',
      noJs: 'Search needs JavaScript, which is turned off or has not loaded in your browser.',
      noJsAlternatives: 'You can find things without searching:',
      results: 'Results',
    },
    /** What the search script writes (kept apart so the script does not load the whole dictionary). */
    client: searchClient,
  },
  header: {
    /** After the area's name in the header: "Northbrook SEND Local Offer". */
    tagline: 'SEND Local Offer',
    /** On every page while the site is the sample (`sample: true` in data/site.yaml); {area} is its name. */
    sample: 'This is a sample website. {area} is a made-up place: the services, figures and plans on it are examples, not real.',
  },
  breadcrumb: { label: 'Breadcrumb', home: 'Home' },
  /** The list of other languages a page is in. */
  languages: { label: 'Other languages' },
  /** The menu on translated pages: the language's own home page and its parts. */
  languageNav: { home: 'Home', guides: 'Guides', contact: 'Contact us' },
  /** Translated pages: the notes about the translation, and the language's home page. */
  translation: {
    translated: 'Translated',
    checkedBy: 'Checked by',
    notChecked: 'This translation has not yet been checked by a qualified translator.',
    stale: 'The English page has changed since this was translated, so some details here may be out of date.',
    readEnglish: 'Read the English page',
    contactHeading: 'Contact the Local Offer team',
    address: 'Address',
    guidesHeading: 'Guides in this language',
    englishHeading: 'Pages in English',
    englishIntro: 'These pages are in English only. If you need help to read them, ask us for an interpreter.',
  },
  englishSections,
  /** "Listen to this page" (src/listen/): the control, what it says as it reads, and help when the device has no voice. */
  listen: {
    /** The button that starts reading; also the control's name. */
    start: 'Listen to this page',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    speed: 'Speed',
    speeds: { slow: 'Slow', normal: 'Normal', fast: 'Fast', veryFast: 'Very fast' },
    /** Told to screen readers as reading starts, pauses and ends. */
    status: {
      playing: 'Reading the page aloud.',
      paused: 'Paused.',
      stopped: 'Stopped.',
      finished: 'Finished reading the page.',
      failed: 'Sorry, reading aloud stopped because of a problem on this device.',
    },
    /** When the device has no voice of its own for the page's language. */
    noVoice: {
      heading: 'This device has no voice for this language',
      intro: 'So it cannot read this page aloud. You may be able to add a voice:',
      windows: { name: 'Windows', steps: 'Open Settings, then Time & language, then Speech. Under Manage voices, choose Add voices. Pick your language.' },
      android: { name: 'Android', steps: 'Open Settings and search for Text-to-speech. Open the settings of your speech engine, then Install voice data. Pick your language.' },
      iphone: { name: 'iPhone or iPad', steps: 'Open Settings, then Accessibility, then Spoken Content, then Voices. Pick your language and download a voice.' },
      after: 'Then close your web browser, open it again, and come back to this page.',
      notEveryDevice: 'Some languages do not have a voice on every device yet.',
    },
    /** A recording made by a person, on a guide that has one. */
    recording: {
      heading: 'Listen to a recording',
      transcript: 'The words of the recording are written on this page.',
      length: 'Length',
      download: 'Download the recording',
    },
  },
} as const;
