/**
 * The directory's words about one service: ages, cost, who can refer, dates,
 * phone links. No imports beyond the vocabulary, so the browser directory and
 * shortlist scripts use the same sentences as the server-rendered pages.
 */
import type { Cost, Referral } from './vocab';

export { telHref } from '../core/contact';

/** "From birth to 5 years", "Age 7", "Ages 11 to 25". */
export function ageText(min: number, max: number): string {
  if (min === max) return min === 0 ? 'Under 1 year' : `Age ${min}`;
  if (min === 0) return `From birth to ${max} years`;
  return `Ages ${min} to ${max}`;
}

/** Short words for a result card. */
export const COST_LABEL: Record<Cost, string> = { free: 'Free', paid: 'There is a charge', varies: 'Cost varies' };

/** Filter choices for cost, as families would say them. */
export const COST_CHOICE: Record<Cost, string> = { free: 'Free', paid: 'Paid', varies: 'Cost varies' };

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
