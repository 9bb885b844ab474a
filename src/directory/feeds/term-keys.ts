/**
 * The LGA's service types and needs lists (the "esd" lists Open Referral UK
 * recommends) reach us spelt several ways: `esdServiceType:1790`, the
 * vocabulary `esdServiceTypes` with a bare id, or the term's web address
 * `http://id.esd.org.uk/service/1790`. Each is written one way, the CURIE
 * ORUK recommends, so one row in data/directory-mapping.csv covers them all.
 */
const ESD: [RegExp, string][] = [
  [/^https?:\/\/id\.esd\.org\.uk\/service\/(\d+)\/?$/i, 'esdServiceType'],
  [/^https?:\/\/id\.esd\.org\.uk\/need\/(\d+)\/?$/i, 'esdNeed'],
  [/^esdServiceTypes?:(\d+)$/i, 'esdServiceType'],
  [/^esdNeeds?:(\d+)$/i, 'esdNeed'],
];

/** `esdServiceTypes:1790` → `esdServiceType:1790`; any other key as it is. */
export function canonicalTermKey(key: string): string {
  for (const [pattern, prefix] of ESD) {
    const id = key.trim().match(pattern)?.[1];
    if (id !== undefined) return `${prefix}:${id}`;
  }
  return key;
}

/** True for a key of the LGA lists in the form ORUK recommends. */
export function isEsdKey(key: string): boolean {
  return /^esd(ServiceType|Need):\d+$/.test(key);
}
