/**
 * A guide plugin (Sätteri, hast) for translated pages (files under
 * `content/<lang>/`): phone numbers, postcodes, email and web addresses stay
 * left to right inside right-to-left text, and links to pages that are only in
 * English say so with `hreflang`. Translators write plain Markdown; the markup
 * is added here. Also `unlessTranslation`, which keeps an English-only plugin
 * (the glossary links, whose meanings are English) off translated pages.
 */
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { insideOnly } from '../core/hast.ts';
import { ROOT_LANGUAGE, type Language } from '../core/languages.ts';
import { hasLatin, isolateLtr, markLatin } from '../core/bidi.ts';
import type { ElementContent } from 'hast';

/** Elements whose text is left alone. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'svg', 'math']);

/** Whether an element already fixes its own direction or language. */
const hasDir = (el: Readonly<Element>) => el.properties?.['dir'] !== undefined || el.properties?.['lang'] !== undefined;

/** Whether text in this element is running text to mark: not code, and no direction or language set already. */
const inRunningText = (el: Readonly<Element>) => !SKIP.has(el.tagName) && !hasDir(el);

/** The text of an element that holds nothing but text, or undefined. */
const onlyText = (el: Readonly<Element>) => (el.children.length === 1 && el.children[0]?.type === 'text' ? el.children[0].value : undefined);

/** Whether a link's whole text is an address or number: the link itself is then marked left to right. */
const isWholeLtrLink = (el: Readonly<Element>) => {
  const text = el.tagName === 'a' ? onlyText(el) : undefined;
  return text !== undefined && isolateLtr(text)?.length === 1;
};

export interface TranslationFileOptions {
  /** The content folder, as an absolute path. */
  contentRoot: string;
  languages: readonly Language[];
}

/** The language of a content file from its path (`…/content/pl/guides/x.mdx` → Polish), or undefined for English. */
export function languageOfFile(filePath: string | undefined, options: TranslationFileOptions): Language | undefined {
  if (!filePath) return undefined;
  const file = filePath.replace(/\\/g, '/');
  const root = options.contentRoot.replace(/\\/g, '/').replace(/\/+$/, '');
  if (!file.startsWith(`${root}/`)) return undefined;
  const first = file.slice(root.length + 1).split('/')[0];
  return options.languages.find((l) => !l.isRoot && l.path === first);
}

const languageOfPage = (ctx: PluginFactoryContext, options: TranslationFileOptions) => languageOfFile(ctx.fileURL && fileURLToPath(ctx.fileURL), options);

/**
 * On a page written right to left, English words get `lang="en-GB"` (so a screen
 * reader says "(bank holidays)" with an English voice), and so does an address
 * or number with Latin letters in it.
 */
function withEnglish(parts: ElementContent[]): ElementContent[] {
  return parts.flatMap((part): ElementContent[] => {
    if (part.type === 'text') return markLatin(part.value, ROOT_LANGUAGE) ?? [part];
    const text = part.type === 'element' && part.children[0]?.type === 'text' ? part.children[0].value : '';
    return part.type === 'element' && hasLatin(text) ? [{ ...part, properties: { ...part.properties, lang: ROOT_LANGUAGE } }] : [part];
  });
}

/**
 * The markup for translated pages: each run of text that reads left to right in a
 * `<span dir="ltr">` (or, when it is a link's whole text, `dir="ltr"` on the
 * link); on pages written right to left, English words in `<span lang="en-GB">`.
 * Text inside an element that already has `dir` or `lang` is left alone. Links
 * to this site's pages outside `/<lang>/` get `hreflang="en-GB"`. English
 * pages pass through untouched.
 */
export function translationMarkup(options: TranslationFileOptions): HastPluginEntry {
  return (page) => {
    const lang = languageOfPage(page, options);
    if (!lang) return null;
    return {
      name: 'translation-markup',
      text(node, ctx) {
        if (!insideOnly(node, ctx, (el) => inRunningText(el) && !isWholeLtrLink(el))) return;
        const isolated = isolateLtr(node.value);
        const parts = lang.dir === 'rtl' ? withEnglish(isolated ?? [{ type: 'text', value: node.value }]) : isolated;
        if (parts && (isolated || parts.length > 1 || parts[0]?.type !== 'text')) ctx.replaceNode(node, parts);
      },
      element: {
        filter: ['a'],
        visit(node, ctx) {
          if (!insideOnly(node, ctx, () => true)) return;
          if (inRunningText(node) && isWholeLtrLink(node) && insideOnly(node, ctx, inRunningText)) {
            ctx.setProperty(node, 'dir', 'ltr');
            if (lang.dir === 'rtl' && hasLatin(onlyText(node) ?? '')) ctx.setProperty(node, 'lang', ROOT_LANGUAGE);
          }
          const href = node.properties?.['href'];
          if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`/${lang.path}/`)) {
            ctx.setProperty(node, 'hreflang', ROOT_LANGUAGE);
          }
        },
      },
    };
  };
}

/** A plugin that runs on English pages only. */
export function unlessTranslation(plugin: HastPluginEntry, options: TranslationFileOptions): HastPluginEntry {
  return (page) => (languageOfPage(page, options) ? null : plugin);
}
