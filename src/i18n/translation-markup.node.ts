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
import { ROOT_LANGUAGE, type Language } from './languages.ts';
import { isolateLtr } from './bidi.ts';

/** Elements whose text is left alone. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'svg', 'math']);

/** Whether an element already fixes its own direction. */
const hasDir = (el: Readonly<Element>) => el.properties?.['dir'] !== undefined;

/** Whether text in this element is running text to mark: not code, and no direction set already. */
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
 * The markup for translated pages: each run of text that reads left to right in a
 * `<span dir="ltr">` (or, when it is a link's whole text, `dir="ltr"` on the
 * link); text inside an element that already has `dir` is left alone. Links
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
        const parts = isolateLtr(node.value);
        if (parts) ctx.replaceNode(node, parts);
      },
      element: {
        filter: ['a'],
        visit(node, ctx) {
          if (!insideOnly(node, ctx, () => true)) return;
          if (inRunningText(node) && isWholeLtrLink(node) && insideOnly(node, ctx, inRunningText)) ctx.setProperty(node, 'dir', 'ltr');
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
