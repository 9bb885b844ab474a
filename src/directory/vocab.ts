/**
 * The fixed words of the services directory, in a module with no imports so
 * the browser directory script can use them without pulling in the CSV reader.
 */
export const COSTS = ['free', 'paid', 'varies'] as const;
export type Cost = (typeof COSTS)[number];

export const REFERRALS = ['self', 'professional', 'either'] as const;
export type Referral = (typeof REFERRALS)[number];

/** The Local Offer covers children and young people from birth to 25. */
export const AGE_LIMIT = 25;
