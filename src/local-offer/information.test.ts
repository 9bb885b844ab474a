import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../config/site-schema';
import { sentences } from '../listen/sentences';
import { formatProblem } from '../core/problems';
import { analyticsCookieProblems, contactView, DEFAULT_HOST_LOGS, haveYourSayView, offlineProblems, privacyView, telHref, type PrivacyView } from './information';

const contact: SiteConfig['contact'] = { email: 'team@council.example', phone: '0300 123 4567', address: 'Town Hall, High Street', printedCopies: false, otherFormats: [] };
const site = { council: 'Test Council', contact, privacy: {}, analytics: undefined, languages: [] } satisfies Pick<SiteConfig, 'council' | 'contact' | 'privacy' | 'analytics' | 'languages'>;

describe('the contact page (regulation 57)', () => {
  it('puts the ways that need no internet first, and offers only what the configuration gives', () => {
    const view = contactView(site);
    expect(view.channels.map((c) => c.kind)).toEqual(['phone', 'post', 'email']);
    // No place to visit, no printed copies and no other formats are set up: the opening offers none, and does not claim "all the information".
    expect(view.lede).toBe('If you cannot use the internet, you can still ask us about anything on this website. Phone us or write to us.');
    expect(contactView({ ...site, contact: { ...contact, otherFormats: ['large print'] } }).lede).toBe('You can get all the information on this website without using the internet. Phone us or write to us.');
    expect(view.channels[0]).toMatchObject({ value: '0300 123 4567', href: 'tel:03001234567', note: undefined });
    expect(view.offline).toEqual([expect.stringMatching(/^If you cannot use the internet, phone us or write to us/)]);
    expect(view.languages).toBe('If English is not your first language, ask us for an interpreter.');
    expect(contactView({ ...site, languages: ['pl'] }).languages).toMatch(/Some guides are also on this website in other languages\.$/);
  });

  it('adds visiting, opening hours, printed copies and other formats when the council provides them', () => {
    const view = contactView({ ...site, contact: { ...contact, phoneHours: 'Monday to Friday, 9am to 5pm', visit: 'the library, 9am to 5pm', printedCopies: true, otherFormats: ['large print', 'braille', 'audio'] } });
    expect(view.channels.map((c) => c.kind)).toEqual(['phone', 'visit', 'post', 'email']);
    expect(view.lede).toBe('You can get all the information on this website without using the internet. Phone us, visit us or write to us.');
    expect(view.channels[1]!.value).toBe('The library, 9am to 5pm');
    expect(view.channels[0]!.note).toBe('Monday to Friday, 9am to 5pm');
    expect(view.offline).toEqual([expect.stringMatching(/printed copy of any page/), 'We can give you the information in other formats: large print, braille and audio. Tell us what you need.']);
  });
});

describe('a way to get the information without the internet (regulation 57)', () => {
  it('warns when the council offers neither printed copies nor any other format, and not when it offers either', () => {
    const problems = offlineProblems(contact, 'data/site.yaml');
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^Warning: data\/site\.yaml, column "contact\.printedCopies": Found "false"\. Expected a way to get the information without the internet besides a phone call: .*regulation 57.*contact\.otherFormats/)]);
    expect(offlineProblems({ ...contact, printedCopies: true }, 'data/site.yaml')).toEqual([]);
    expect(offlineProblems({ ...contact, otherFormats: ['large print'] }, 'data/site.yaml')).toEqual([]);
  });
});

describe('the "Have your say" page (regulation 56)', () => {
  it('names the council\'s own online form only when it has one, and promises a reply only when a time is set', () => {
    const plain = haveYourSayView(site);
    expect(plain.channels.map((c) => c.kind)).toEqual(['email', 'phone', 'post']);
    expect(plain.next.join(' ')).not.toMatch(/working days/);
    const withForm = haveYourSayView({ ...site, contact: { ...contact, form: 'https://council.example/comments', replyWithinWorkingDays: 15 } });
    expect(withForm.channels[0]).toEqual({ kind: 'form', label: 'Online form', value: "Test Council's form for comments on the Local Offer", href: 'https://council.example/comments' });
    expect(withForm.next).toContain('If you give us your contact details, we will reply within 15 working days.');
  });
});

describe('the privacy notice', () => {
  const counter = { name: 'Counter', script: 'https://stats.example/count.js', collects: 'which pages are visited', privacyUrl: 'https://stats.example/privacy' };
  const allWords = (view: PrivacyView) => [...view.stored, ...view.sent, ...view.cookies, ...view.analytics, view.hostLogs];

  it('says the shortlist stays in the browser under its storage name, that nothing is sent and there are no cookies or analytics', () => {
    const view = privacyView(site, 'the-shortlist-key', 'the-param');
    expect(view.stored[0]).toContain('local storage, under the name "the-shortlist-key"');
    expect(view.stored[0]).toContain('It is not sent to us or to anyone else, unless you share it');
    expect(view.cookies).toEqual(['This website does not use cookies.']);
    expect(view.cookieList).toEqual([]);
    expect(view.analytics).toEqual([expect.stringMatching(/does not use any analytics/)]);
    expect(view.analyticsPrivacy).toBeUndefined();
    expect(view.sent.join(' ')).toContain('loads nothing from any other website');
    expect(view.hostLogs).toBe(DEFAULT_HOST_LOGS);
    expect(view.councilNotice).toBeUndefined();
  });

  it('says a shared shortlist\'s link carries its services in the address, which reaches the host\'s records', () => {
    const shared = privacyView(site, 'key', 'the-param').sent.find((line) => line.startsWith('If you share your shortlist'));
    expect(shared).toContain('in its address (the part after ?the-param=)');
    expect(shared).toContain("the address is in the web host's records");
  });

  it('names the analytics service the council configured, what it records, and where it loads from', () => {
    const view = privacyView({ ...site, privacy: { hostLogs: 'Our host keeps logs for 30 days.' }, analytics: counter }, 'key', 'ids');
    expect(view.analytics).toEqual(['Test Council uses Counter to count visits to this website. Each page loads a script from stats.example. It records which pages are visited.']);
    expect(view.analyticsPrivacy).toEqual({ label: "Counter's own privacy notice", href: 'https://stats.example/privacy' });
    expect(view.sent.join(' ')).not.toContain('loads nothing from any other website');
    expect(view.hostLogs).toBe('Our host keeps logs for 30 days.');
  });

  it('keeps the cookies section true with analytics: none set, the ones it sets, or that we have not said', () => {
    const none = privacyView({ ...site, analytics: { ...counter, cookies: [] } }, 'key', 'ids');
    expect(none.cookies).toEqual(['This website does not use cookies.', 'Counter, the service we use to count visits, does not set any cookies either.']);
    const cookie = { name: '_c', purpose: 'to tell visits apart', lasts: '1 year' };
    const some = privacyView({ ...site, analytics: { ...counter, cookies: [cookie] } }, 'key', 'ids');
    expect(some.cookies.join(' ')).not.toContain('does not use cookies');
    expect(some.cookies[1]).toBe('Counter, the service we use to count visits, sets these cookies on your device:');
    expect(some.cookieList).toEqual([cookie]);
    const unsaid = privacyView({ ...site, analytics: counter }, 'key', 'ids');
    expect(unsaid.cookies.join(' ')).not.toContain('does not use cookies');
    expect(unsaid.cookies[1]).toMatch(/^Counter, the service we use to count visits, may set its own cookies\. We have not yet said which\./);
  });

  it('check-data warns when analytics does not say what cookies it sets, and when it sets any (consent is needed)', () => {
    expect(analyticsCookieProblems(undefined, 'data/site.yaml')).toEqual([]);
    expect(analyticsCookieProblems({ ...counter, cookies: [] }, 'data/site.yaml')).toEqual([]);
    expect(analyticsCookieProblems(counter, 'data/site.yaml').map(formatProblem)).toEqual([
      'Warning: data/site.yaml, column "analytics.cookies": Expected a list of the cookies Counter sets (name, purpose and how long each lasts), or "cookies: []" if it sets none. Until then the privacy notice can only say that it may set cookies.',
    ]);
    const [consent] = analyticsCookieProblems({ ...counter, cookies: [{ name: '_c', purpose: 'p', lasts: '1 year' }] }, 'data/site.yaml');
    expect(consent).toMatchObject({ severity: 'warning', column: 'analytics.cookies', value: '_c' });
    expect(consent!.expected).toContain('the Privacy and Electronic Communications Regulations (PECR) limit cookies that are not strictly necessary');
  });

  it('links to the council\'s own privacy notice when the configuration gives one', () => {
    expect(privacyView({ ...site, privacy: { noticeUrl: 'https://council.example/privacy' } }, 'key', 'ids').councilNotice).toEqual({ label: "Test Council's full privacy notice", href: 'https://council.example/privacy' });
  });

  it('keeps every sentence to 25 words or fewer, with and without analytics', () => {
    const views = [privacyView(site, 'key', 'ids'), privacyView({ ...site, analytics: counter }, 'key', 'ids'), privacyView({ ...site, analytics: { ...counter, cookies: [] } }, 'key', 'ids')];
    const long = views.flatMap(allWords).flatMap((text) => sentences(text, 'en').map((s) => s.text)).filter((s) => s.split(/\s+/).length > 25);
    expect(long).toEqual([]);
  });
});

describe('helpers', () => {
  it('makes tel: links', () => {
    expect(telHref('+44 1632 960 000')).toBe('tel:+441632960000');
  });
});
