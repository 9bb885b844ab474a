/**
 * The fixed words of the services directory, in a module with no imports so
 * the browser directory script can use them without pulling in the CSV reader.
 */
/** `free-for-some`: free only for some families (on free school meals, with a Max Card); `cost_details` says who. */
export const COSTS = ['free', 'free-for-some', 'paid', 'varies'] as const;
export type Cost = (typeof COSTS)[number];

export const REFERRALS = ['self', 'professional', 'either'] as const;
export type Referral = (typeof REFERRALS)[number];

/**
 * Who a service is for (the `for` column): the disabled child or young person
 * themselves (blank means this), their parents and carers, their brothers and
 * sisters, young carers, or the whole family.
 */
export const AUDIENCES = ['children-young-people', 'parents-carers', 'siblings', 'young-carers', 'families'] as const;
export type Audience = (typeof AUDIENCES)[number];
/** What a blank `for` means. */
export const DEFAULT_AUDIENCE: Audience = 'children-young-people';

/** The Local Offer covers children and young people from birth to 25. */
export const AGE_LIMIT = 25;
