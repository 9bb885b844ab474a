/**
 * Filling the service card <template> the directory page and the shortlist
 * page share, so a result and a saved service look and read the same.
 */
import type { DirectoryEntry } from '../search-index';
import { ageText, AUDIENCE_LABEL, COST_LABEL, costLabel } from '../text';
import { DEFAULT_AUDIENCE } from '../vocab';
import { withBase } from '../../core/base-path';

/** The element marked data-slot="name" inside a card. */
export function slot(card: Element, name: string): HTMLElement {
  return card.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
}

/**
 * A copy of the template's card with the service's link, name, organisation,
 * who it is for, summary, ages and cost, and the condition in full when it is
 * free for some.
 */
export function serviceCard(template: HTMLTemplateElement, entry: DirectoryEntry): HTMLElement {
  const li = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  slot(li, 'link').setAttribute('href', withBase(`/services/${entry.id}/`));
  slot(li, 'name').textContent = entry.name;
  slot(li, 'organisation').textContent = entry.organisation;
  const audience = slot(li, 'for');
  audience.hidden = entry.for === DEFAULT_AUDIENCE;
  audience.textContent = entry.for === DEFAULT_AUDIENCE ? '' : AUDIENCE_LABEL[entry.for];
  slot(li, 'summary').textContent = entry.summary;
  slot(li, 'ages').textContent = ageText(entry.ageMin, entry.ageMax);
  slot(li, 'cost').textContent = costLabel(entry.cost);
  const condition = slot(li, 'condition');
  condition.hidden = entry.condition === undefined || entry.cost === undefined;
  if (entry.condition !== undefined && entry.cost !== undefined) {
    const label = document.createElement('strong');
    label.textContent = `${COST_LABEL[entry.cost]}:`;
    condition.replaceChildren(label, ` ${entry.condition}`);
  }
  return li;
}
