/**
 * Filling the service card <template> the directory page and the shortlist
 * page share, so a result and a saved service look and read the same.
 */
import type { DirectoryEntry } from '../directory';
import { ageText, costLabel } from '../text';

/** The element marked data-slot="name" inside a card. */
export function slot(card: Element, name: string): HTMLElement {
  return card.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
}

/** A copy of the template's card with the service's link, name, organisation, summary, ages and cost. */
export function serviceCard(template: HTMLTemplateElement, entry: DirectoryEntry): HTMLElement {
  const li = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  slot(li, 'link').setAttribute('href', `/services/${entry.id}/`);
  slot(li, 'name').textContent = entry.name;
  slot(li, 'organisation').textContent = entry.organisation;
  slot(li, 'summary').textContent = entry.summary;
  slot(li, 'ages').textContent = ageText(entry.ageMin, entry.ageMax);
  slot(li, 'cost').textContent = costLabel(entry.cost);
  return li;
}
