/**
 * The directory's words about one service: ages, cost, who can refer, dates,
 * phone links. No imports beyond the vocabulary, so the browser directory and
 * shortlist scripts use the same sentences as the server-rendered pages.
 */
import type { Audience, Cost, Referral } from './vocab';

export { telHref } from '../core/contact';

/** "From birth to 5 years", "Age 7", "Ages 11 to 25". */
export function ageText(min: number, max: number): string {
  if (min === max) return min === 0 ? 'Under 1 year' : `Age ${min}`;
  if (min === 0) return `From birth to ${max} years`;
  return `Ages ${min} to ${max}`;
}

/** Short words for a result card. */
export const COST_LABEL: Record<Cost, string> = { free: 'Free', 'free-for-some': 'Free for some', paid: 'There is a charge', varies: 'Cost varies' };

/** The card's words for the cost, saying so when it is not known. */
export function costLabel(cost: Cost | undefined): string {
  return cost === undefined ? 'Cost: ask the service' : COST_LABEL[cost];
}

/** What the service page says when a detail is not known: the feed or the file left it blank. */
export const NOT_KNOWN = {
  cost: 'Not known: ask the service what it costs.',
  referral: 'Not known',
  referralExplained: 'Contact the service to ask how to get it, or ask a professional who knows your child.',
  area: 'Not given',
  lastChecked: 'Last checked: not known. Contact the service to check this information is still right.',
} as const;

/**
 * The cost in one sentence, with the condition in full: "Free for some: free for
 * children on free school meals"; or that it is not known. For cards, service pages and print.
 */
export function costText(cost: Cost | undefined, details: string | undefined): string {
  if (cost === undefined) return details ? `${NOT_KNOWN.cost} The directory says: ${details}` : NOT_KNOWN.cost;
  return details ? `${COST_LABEL[cost]}: ${details}` : COST_LABEL[cost];
}

/** How to get the service, in a few words and then explained; "Not known" when the file does not say. */
export function referralText(referral: Referral | undefined): { label: string; explained: string } {
  return referral === undefined ? { label: NOT_KNOWN.referral, explained: NOT_KNOWN.referralExplained } : { label: REFERRAL_LABEL[referral], explained: REFERRAL_EXPLAINED[referral] };
}

/** The category for services with none (see other-category.ts). */
export const OTHER_CATEGORY_WORDS = {
  label: 'Other',
  description: 'Services that have not been given a type yet. Read each one to see what it offers.',
} as const;

/** Filter choices for cost, as families would say them. "Free" is free for everyone; "free for some" is a choice of its own. */
export const COST_CHOICE: Record<Cost, string> = { free: 'Free', 'free-for-some': 'Free for some families', paid: 'Paid', varies: 'Cost varies' };

/** Who a service is for, on its card and page; the child or young person themselves needs no label. */
export const AUDIENCE_LABEL: Record<Audience, string> = {
  'children-young-people': 'For children and young people with SEND',
  'parents-carers': 'For parents and carers',
  siblings: 'For brothers and sisters of disabled children',
  'young-carers': 'For young carers',
  families: 'For the whole family',
};

/** Filter choices for who a service is for. A service for the whole family matches every choice. */
export const AUDIENCE_CHOICE: Record<Audience, string> = {
  'children-young-people': 'My child or young person',
  'parents-carers': 'Parents and carers',
  siblings: 'Brothers and sisters',
  'young-carers': 'Young carers',
  families: 'The whole family',
};

/** Filter choices for who can refer. "self" also shows services that take referrals either way. */
export const REFERRAL_CHOICE: Record<Exclude<Referral, 'either'>, string> = {
  self: 'I can contact them myself',
  professional: 'A professional refers us',
};

/** Short words for a result card. */
export const REFERRAL_LABEL: Record<Referral, string> = {
  self: 'Contact them yourself',
  professional: 'Needs a referral from a professional',
  either: 'Contact them yourself or through a professional',
};

/** How to get the service, explained in words for the service page. */
export const REFERRAL_EXPLAINED: Record<Referral, string> = {
  self: 'You can contact the service yourself. You do not need anyone to refer you.',
  professional:
    'You need a referral from a professional who knows your child, such as your GP, health visitor, nursery, school SENCO or social worker. Ask one of them to refer you.',
  either:
    'You can contact the service yourself, or a professional who knows your child (such as your GP, health visitor, school SENCO or social worker) can refer you.',
};

/** `https://www.example.org/path/` → `www.example.org/path`: a readable link text. */
export function websiteText(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/$/, '');
    return `${u.hostname}${path}${u.search}`;
  } catch {
    return url;
  }
}

/** "Autism" → "autism" for use mid-sentence, but "ADHD" stays "ADHD". */
export function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
