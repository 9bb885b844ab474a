/** Text to match literally inside a regular expression (`4.1` must not match `491`). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
