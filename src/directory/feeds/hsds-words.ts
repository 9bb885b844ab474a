/**
 * The few fixed words our HSDS export writes where HSDS 3.0 has only free
 * text, so the importer can read our own export back without guessing.
 */
import type { Cost, Referral } from '../vocab';

/** HSDS `application_process` for each way of getting a service. */
export const REFERRAL_PROCESS: Record<Referral, string> = {
  self: 'Families and young people can contact the service themselves.',
  professional: 'A professional, such as a GP, health visitor, school or social worker, needs to make the referral.',
  either: 'Families can contact the service themselves, or a professional can refer.',
};

/** HSDS `cost_options[].option` for each cost; a free service also has `amount: 0`. */
export const COST_OPTION: Record<Cost, string> = { free: 'Free', 'free-for-some': 'Free for some', paid: 'There is a charge', varies: 'Cost varies' };

/** The `code` prefix of our own taxonomy terms in the export, e.g. `localOfferCategory:education`. */
export const TERM_CODE_PREFIX = { category: 'localOfferCategory', need: 'localOfferNeed' } as const;

export function referralFromProcess(text: string | undefined): Referral | undefined {
  const entry = Object.entries(REFERRAL_PROCESS).find(([, words]) => words === text);
  return entry?.[0] as Referral | undefined;
}
