/**
 * The information pages the law asks a Local Offer to have, worked out from
 * the site configuration: how to get the information without the internet and
 * how to contact us (regulation 57), how to comment on the Local Offer
 * (regulation 56), and exactly what the site stores and sends (the privacy
 * notice). Pages only lay these out; every channel named comes from the
 * configuration, so no page promises one the council has not set up.
 */
import type { AnalyticsConfig, ContactConfig, SiteConfig } from '../config/site-schema';

/** One way to reach us: what it is, the detail to show, and a link where there is one. */
export interface Channel {
  kind: 'phone' | 'email' | 'post' | 'visit' | 'form';
  label: string;
  value: string;
  href?: string | undefined;
  /** More to say, such as when the line is open. */
  note?: string | undefined;
}

/** "large print, easy read and braille" (or "… or braille"). */
export function listInWords(items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
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
  return { channels, offline, languages: site.languages.length > 0 ? `${interpreter} Some guides are also on this website in other languages.` : interpreter };
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
  cookies: string;
  analytics: string[];
  /** The analytics service's own privacy notice, to link to. */
  analyticsPrivacy: { label: string; href: string } | undefined;
  hostLogs: string;
}

/** The sentence used when the configuration does not say what the web host keeps. */
export const DEFAULT_HOST_LOGS =
  'Like most websites, the service that hosts this website keeps a record of each request for a page (a web server log): the address of the page, the time, and your device\'s internet (IP) address and browser. These records are used to keep the website working and secure. Contact us to ask how long they are kept.';

function analyticsWords(analytics: AnalyticsConfig | undefined, council: string): string[] {
  if (!analytics) return ['This website does not use any analytics or tracking. Nobody counts your visits or follows you from page to page.'];
  return [
    `${council} uses ${analytics.name} to count visits to this website. Each page loads a script from ${new URL(analytics.script).host}, which records ${analytics.collects.replace(/\.?$/, '.')}`,
  ];
}

/**
 * The privacy notice: exactly what the site stores and sends. `shortlistKey`
 * is the name the shortlist is kept under in the browser's storage.
 */
export function privacyView(site: Pick<SiteConfig, 'council' | 'privacy' | 'analytics'>, shortlistKey: string): PrivacyView {
  return {
    stored: [
      `Your shortlist of services, if you save any. It is kept in your browser's own storage on this device (local storage, under the name "${shortlistKey}"), and stays there until you clear it on the shortlist page or clear your browser's data. It is never sent to us or to anyone else.`,
      'Nothing else. This website does not ask for your name, email address or any other details.',
    ],
    sent: [
      'Your browser asks this website for each page and file you open, as it does for any website. To show your shortlist, it asks for the pages of the services on it, just as if you opened them yourself.',
      'If you choose to find services near you, your browser may ask to share your location. The page uses it on your device to sort services by distance: it is not sent to us or saved.',
      'Site search, the directory\'s search and filters, and the EHC plan timeline calculator put what you type or choose into the page address, so that you can bookmark or share it. When a page is loaded with that address, the address is in the web host\'s records (below), as any page\'s is. Do not type anything personal, such as your child\'s name, into them.',
      'When you check a data file on the staff page, the file is read by your browser and is not sent anywhere.',
      ...(site.analytics ? [] : ['This website loads nothing from any other website: no fonts, scripts, videos or maps from other companies.']),
    ],
    cookies: 'This website does not use cookies.',
    analytics: analyticsWords(site.analytics, site.council),
    analyticsPrivacy: site.analytics?.privacyUrl ? { label: `${site.analytics.name}'s own privacy notice`, href: site.analytics.privacyUrl } : undefined,
    hostLogs: site.privacy.hostLogs ?? DEFAULT_HOST_LOGS,
  };
}
