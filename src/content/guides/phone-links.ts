/**
 * A guide plugin (Sätteri, hast): every UK phone number in a guide's text
 * becomes a tap-to-call link (`tel:`), so a family reading on a phone can call
 * with one tap. Writers type the number as they would in a letter. Numbers in
 * headings, links and code are left alone, and so is text from the data
 * (`<Fact>`, which links its own numbers).
 */
import type { ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { insideOnly } from '../../core/hast.ts';
import { isUkPhone, PHONE_IN_TEXT, telHref } from '../../core/contact.ts';

const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'button', 'title']);

/** A text split into text and tel: links, or undefined if it holds no phone number. */
export function linkPhones(value: string): ElementContent[] | undefined {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(PHONE_IN_TEXT)) {
    if (!isUkPhone(match[0])) continue;
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push({ type: 'element', tagName: 'a', properties: { href: telHref(match[0]), className: ['whitespace-nowrap'] }, children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (last === 0) return undefined;
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

export const phoneLinksPlugin: HastPluginEntry = {
  name: 'phone-links',
  text(node, ctx) {
    if (!insideOnly(node, ctx, (el) => !SKIP.has(el.tagName))) return;
    const parts = linkPhones(node.value);
    if (parts) ctx.replaceNode(node, parts);
  },
};
