/**
 * The information pages the law asks a Local Offer to have, worked out from
 * the site configuration: how to get the information without the internet and
 * how to contact us (regulation 57), how to comment on the Local Offer
 * (regulation 56), and exactly what the site stores and sends (the privacy
 * notice). Pages only lay these out; every channel named comes from the
 * configuration, so no page promises one the council has not set up.
 */
import { listInWords } from '../core/format';
import type { AnalyticsConfig, ContactConfig, SiteConfig } from '../config/site-schema';
import { problem, type DataProblem } from '../core/problems';

/** One way to reach us: what it is, the detail to show, and a link where there is one. */
export interface Channel {
  kind: 'phone' | 'email' | 'post' | 'visit' | 'form';
  label: string;
  value: string;
  href?: string | undefined;
  /** More to say, such as when the line is open. */
  note?: string | undefined;
}


/** A phone number as a `tel:` address: digits and a leading +. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function phone(contact: ContactConfig): Channel {
  return { kind: 'phone', label: 'Phone', value: contact.phone, href: telHref(contact.phone), note: contact.phoneHours };
}

function email(contact: ContactConfig): Channel {
  return { kind: 'email', label: 'Email', value: contact.email, href: `mailto:${contact.email}` };
}

function post(contact: ContactConfig): Channel {
  return { kind: 'post', label: 'Post', value: contact.address };
}

export interface ContactView {
  /** The opening sentences: the ways without the internet that the council has set up, and no others. */
  lede: string;
  /** Ways to reach us without the internet first: phone, visiting, post; then email. */
  channels: Channel[];
  /** Sentences on printed copies and other formats, from what the council has said it provides. */
  offline: string[];
  /** About interpreters, and translated pages where there are any. */
  languages: string;
}

/** "the library, 9am to 5pm" → "The library, 9am to 5pm", for a value shown on its own line. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The contact page (regulation 57: how to get the information without the internet). */
export function contactView(site: Pick<SiteConfig, 'council' | 'contact' | 'languages'>): ContactView {
  const { contact } = site;
  const channels: Channel[] = [phone(contact)];
  if (contact.visit) channels.push({ kind: 'visit', label: 'Visit us', value: capitalise(contact.visit) });
  channels.push(post(contact), email(contact));
  const offline: string[] = [];
  if (contact.printedCopies) offline.push('We will post you a printed copy of any page on this website, free of charge. Phone us, write to us or ask when you visit, and tell us which pages you need.');
  if (contact.otherFormats.length > 0) offline.push(`We can give you the information in other formats: ${listInWords(contact.otherFormats)}. Tell us what you need.`);
  if (offline.length === 0) offline.push('If you cannot use the internet, phone us or write to us and we will tell you about the help in our area.');
  const interpreter = 'If English is not your first language, ask us for an interpreter.';
  const ways = contact.visit ? 'Phone us, visit us or write to us' : 'Phone us or write to us';
  // "All the information" only when there is a way to have it on paper or in another format, not just a call.
  const lede = contact.printedCopies || contact.otherFormats.length > 0
    ? `You can get all the information on this website without using the internet. ${ways}.`
    : `If you cannot use the internet, you can still ask us about anything on this website. ${ways}.`;
  return { lede, channels, offline, languages: site.languages.length > 0 ? `${interpreter} Some guides are also on this website in other languages.` : interpreter };
}

/**
 * Regulation 57: a family without the internet must be able to get the
 * information. Phone and post are always set up; with neither printed copies
 * nor any other format, a parent who cannot get online can only be told
 * things over the phone. A warning, since only the council can decide what
 * it provides.
 */
export function offlineProblems(contact: Pick<ContactConfig, 'printedCopies' | 'otherFormats'>, file: string): DataProblem[] {
  if (contact.printedCopies || contact.otherFormats.length > 0) return [];
  return [
    problem({
      file,
      column: 'contact.printedCopies',
      value: 'false',
      expected: 'a way to get the information without the internet besides a phone call: printed copies, or other formats (regulation 57 of the SEND Regulations 2014)',
      fix: 'If the council posts printed copies of pages on request, set contact.printedCopies: true. List the formats it provides, such as [large print, easy read], in contact.otherFormats. The contact page says only what you set.',
      severity: 'warning',
    }),
  ];
}

export interface HaveYourSayView {
  channels: Channel[];
  /** What happens after someone comments. */
  next: string[];
}

/** The "Have your say about the Local Offer" page (regulation 56). */
export function haveYourSayView(site: Pick<SiteConfig, 'council' | 'contact'>): HaveYourSayView {
  const { contact } = site;
  const channels: Channel[] = [];
  if (contact.form) channels.push({ kind: 'form', label: 'Online form', value: `${site.council}'s form for comments on the Local Offer`, href: contact.form });
  channels.push(email(contact), phone(contact), post(contact));
  const next = ['We read every comment. We use them to decide what to add to the Local Offer or change, and to improve the help on offer.'];
  if (contact.replyWithinWorkingDays !== undefined) {
    next.push(`If you give us your contact details, we will reply within ${contact.replyWithinWorkingDays} working days.`);
  }
  next.push('At least once a year we publish what people told us and what we did about it, without anyone\'s name. We never publish your contact details.');
  return { channels, next };
}

export interface PrivacyView {
  /** What this website keeps on your device. */
  stored: string[];
  /** What leaves your device, and to whom. */
  sent: string[];
  /** Whether anything sets cookies, true whether or not analytics is configured. */
  cookies: string[];
  /** The cookies the analytics service sets, when the configuration lists them. */
  cookieList: { name: string; purpose: string; lasts: string }[];
  analytics: string[];
  /** The analytics service's own privacy notice, to link to. */
  analyticsPrivacy: { label: string; href: string } | undefined;
  hostLogs: string;
  /** The council's own full privacy notice, when the configuration gives it. */
  councilNotice: { label: string; href: string } | undefined;
}

/** The sentences used when the configuration does not say what the web host keeps. */
export const DEFAULT_HOST_LOGS =
  "Like most websites, the service that hosts this website keeps a record of each request for a page. This is called a web server log. It has the address of the page, the time, and your device's internet (IP) address and browser. These records are used to keep the website working and secure. Contact us to ask how long they are kept.";

function analyticsWords(analytics: AnalyticsConfig | undefined, council: string): string[] {
  if (!analytics) return ['This website does not use any analytics or tracking. Nobody counts your visits or follows you from page to page.'];
  return [`${council} uses ${analytics.name} to count visits to this website. Each page loads a script from ${new URL(analytics.script).host}. It records ${analytics.collects.replace(/\.?$/, '.')}`];
}

/** The cookies section: none without analytics; with it, what the configuration says the service sets, or that we have not said. */
function cookieWords(analytics: AnalyticsConfig | undefined): string[] {
  if (!analytics) return ['This website does not use cookies.'];
  if (analytics.cookies === undefined) {
    return ['This website does not set any cookies itself.', `${analytics.name}, the service we use to count visits, may set its own cookies. We have not yet said which. Ask us, or read ${analytics.name}'s own privacy notice.`];
  }
  if (analytics.cookies.length === 0) return ['This website does not use cookies.', `${analytics.name}, the service we use to count visits, does not set any cookies either.`];
  return ['This website does not set any cookies itself.', `${analytics.name}, the service we use to count visits, sets these cookies on your device:`];
}

/**
 * The privacy notice: exactly what the site stores and sends. `shortlistKey`
 * is the name the shortlist is kept under in the browser's storage, and
 * `sharedParam` the address parameter a shared shortlist's link carries.
 */
export function privacyView(site: Pick<SiteConfig, 'council' | 'privacy' | 'analytics'>, shortlistKey: string, sharedParam: string): PrivacyView {
  return {
    stored: [
      `Your shortlist of services, if you save any. It is kept in your browser's own storage on this device (local storage, under the name "${shortlistKey}"). It stays there until you clear it on the shortlist page or clear your browser's data. It is not sent to us or to anyone else, unless you share it (below).`,
      'Nothing else. This website does not ask for your name, email address or any other details.',
    ],
    sent: [
      'Your browser asks this website for each page and file you open, as it does for any website. To show your shortlist, it asks for the pages of the services on it, just as if you opened them yourself.',
      `If you share your shortlist, the link you share has the services on it in its address (the part after ?${sharedParam}=). When anyone opens that link, the address is in the web host's records (below), as any page's is. It says which services are on the list, but not who made it.`,
      'If you choose to find services near you, your browser may ask to share your location. The page uses it on your device to sort services by distance. It is not sent to us or saved.',
      "Some pages put what you type or choose into the page address, so that you can bookmark or share it. These are site search, the directory's search and filters, and the EHC plan timeline calculator. When a page is loaded with that address, the address is in the web host's records (below), as any page's is. Do not type anything personal into them, such as your child's name.",
      'When you check a data file on the staff page, the file is read by your browser and is not sent anywhere.',
      ...(site.analytics ? [] : ['This website loads nothing from any other website: no fonts, scripts, videos or maps from other companies.']),
    ],
    cookies: cookieWords(site.analytics),
    cookieList: site.analytics?.cookies ?? [],
    analytics: analyticsWords(site.analytics, site.council),
    analyticsPrivacy: site.analytics?.privacyUrl ? { label: `${site.analytics.name}'s own privacy notice`, href: site.analytics.privacyUrl } : undefined,
    hostLogs: site.privacy.hostLogs ?? DEFAULT_HOST_LOGS,
    councilNotice: site.privacy.noticeUrl ? { label: `${site.council}'s full privacy notice`, href: site.privacy.noticeUrl } : undefined,
  };
}

/**
 * What check-data says about an analytics service's cookies: a warning when
 * the configuration does not say (the privacy notice can then only say it
 * may set some), and a warning when it sets any, because cookies that are not
 * strictly necessary need consent first and this site has no way to ask.
 */
export function analyticsCookieProblems(analytics: AnalyticsConfig | undefined, file: string): DataProblem[] {
  if (!analytics) return [];
  if (analytics.cookies === undefined) {
    return [
      problem({
        file,
        column: 'analytics.cookies',
        severity: 'warning',
        expected: `a list of the cookies ${analytics.name} sets (name, purpose and how long each lasts), or "cookies: []" if it sets none`,
        fix: 'Until then the privacy notice can only say that it may set cookies.',
      }),
    ];
  }
  if (analytics.cookies.length === 0) return [];
  return [
    problem({
      file,
      column: 'analytics.cookies',
      value: analytics.cookies.map((c) => c.name).join(', '),
      severity: 'warning',
      expected: `an analytics service that sets no cookies: the Privacy and Electronic Communications Regulations (PECR) limit cookies that are not strictly necessary, and this site has no way to ask visitors to agree or to say no`,
      fix: 'Choose a service that sets no cookies, or ask your data protection officer whether these cookies need consent or an opt-out before you publish.',
    }),
  ];
}
