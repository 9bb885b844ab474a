/** One service's page, worked out from the service and the taxonomy: its links, labels, words and structured data. */
import { absoluteUrl } from '../core/base-path';
import { areaText, jsonForScript, reportProblemHref, serviceJsonLd } from './view';
import { browseCategories, categoriesOf } from './other-category';
import { labelOf, type Taxonomy } from './taxonomy';
import { referralText } from './text';
import type { Service } from './services';

export interface ServicePage {
  service: Service;
  /** The page's full address, for the report link and the structured data. */
  url: string;
  categories: { id: string; label: string }[];
  needs: { id: string; label: string }[];
  /** Where it is offered, in words. */
  areas: string;
  /** The schema.org structured data, ready for a <script> element. */
  ld: string;
  /** The description's paragraphs. */
  paragraphs: string[];
  referral: ReturnType<typeof referralText>;
  /** A mailto: link to report a problem with the entry. */
  reportHref: string;
}

export function servicePage(s: Service, taxonomy: Taxonomy, site: { siteUrl: string; council: string; areaName: string; email: string }): ServicePage {
  const url = absoluteUrl(`/services/${s.id}/`, site.siteUrl);
  const terms = browseCategories(taxonomy.categories, [s]);
  const categories = categoriesOf(s).map((id) => ({ id, label: terms.find((c) => c.id === id)?.label ?? id }));
  const needs = s.needs.map((id) => ({ id, label: labelOf(taxonomy, 'need', id) }));
  const ld = serviceJsonLd(s, { url, council: site.council, areaName: site.areaName, needLabels: needs.map((n) => n.label), categoryLabels: categories.map((c) => c.label) });
  return {
    service: s,
    url,
    categories,
    needs,
    areas: areaText(s, (id) => labelOf(taxonomy, 'area', id), site.areaName),
    ld: jsonForScript(ld),
    paragraphs: s.description.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== ''),
    referral: referralText(s.referral),
    reportHref: reportProblemHref(site.email, s, url),
  };
}
