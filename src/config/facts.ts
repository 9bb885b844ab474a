/** The facts guides and updates may state from the site configuration itself (`<Fact name="contact.phone" />`). */
import { formatNumber } from '../core/format';
import type { SiteConfig } from './site-schema';

export function* siteFacts(site: SiteConfig): Iterable<readonly [string, string]> {
  yield ['small-number-threshold', formatNumber(site.smallNumberThreshold)];
  yield ['contact.phone', site.contact.phone];
  yield ['contact.email', site.contact.email];
}
