/** The facts guides and updates may state from the site configuration itself (`<Fact name="contact.phone" />`). */
import { formatNumber } from '../core/format';
import type { SiteConfig } from './site-schema';

export function* siteFacts(site: SiteConfig): Iterable<readonly [string, string]> {
  yield ['small-number-threshold', formatNumber(site.smallNumberThreshold)];
  yield ['area.name', site.areaName];
  yield ['council.name', site.council];
  yield ['contact.phone', site.contact.phone];
  yield ['contact.email', site.contact.email];
  yield ['contact.address', site.contact.address];
  if (site.contact.replyWithinWorkingDays !== undefined) yield ['contact.reply-within', `${formatNumber(site.contact.replyWithinWorkingDays)} working days`];
  const { sendiass } = site;
  yield ['sendiass.name', sendiass.name];
  yield ['sendiass.phone', sendiass.phone];
  yield ['sendiass.email', sendiass.email];
  if (sendiass.website) yield ['sendiass.website', sendiass.website];
  if (sendiass.openingTimes) yield ['sendiass.opening-times', sendiass.openingTimes];
  if (sendiass.youngPeoplePhone) yield ['sendiass.young-people-phone', sendiass.youngPeoplePhone];
}
