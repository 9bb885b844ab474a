/**
 * Markdown plugins for translated pages (files under `content/<lang>/`):
 * phone numbers, postcodes, email and web addresses stay left to right inside
 * right-to-left text, and links to pages that are only in English say so with
 * `hreflang`. Translators write plain Markdown; the markup is added here.
 * Also `unlessTranslation`, which keeps an English-only plugin (the glossary
 * links, whose meanings are English) off translated pages.
 */
import type { Element, ElementContent, Parent as HastParent, Root as HastRoot, Text as HastText } from 'hast';
import { ROOT_LANGUAGE, type Language } from './languages.ts';
import { isolateLtr } from './bidi.ts';

/** Elements whose text is left alone. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'svg', 'math']);

/** Whether an element already fixes its own direction. */
const hasDir = (el: Element) => el.properties?.['dir'] !== undefined;

/**
 * Isolates left-to-right text in a tree. An element that already has `dir`
 * is left as it is; a link whose whole text is an address gets `dir="ltr"`
 * itself rather than a span inside it.
 */
export function isolateLtrText(tree: HastParent): void {
  const walk = (parent: HastParent) => {
    const next: ElementContent[] = [];
    let changed = false;
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'text') {
        const parts = isolateLtr((child as HastText).value);
        if (parts) {
          next.push(...parts);
          changed = true;
          continue;
        }
      } else if (child.type === 'element' && !SKIP.has(child.tagName) && !hasDir(child)) {
        const text = child.children.length === 1 && child.children[0]?.type === 'text' ? child.children[0].value : undefined;
        const whole = text === undefined ? undefined : isolateLtr(text);
        if (child.tagName === 'a' && whole?.length === 1) {
          child.properties = { ...child.properties, dir: 'ltr' };
        } else {
          walk(child);
        }
      }
      next.push(child);
    }
    if (changed) parent.children = next as HastParent['children'];
  };
  walk(tree);
}

/**
 * Marks links to English pages from a page in `lang`: any link to a page of
 * this site that is not under `/<lang>/` gets `hreflang="en-GB"`.
 */
export function markEnglishLinks(tree: HastParent, lang: Pick<Language, 'path'>): void {
  const walk = (node: HastParent) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const href = child.properties?.['href'];
      if (child.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`/${lang.path}/`)) {
        child.properties = { ...child.properties, hreflang: ROOT_LANGUAGE };
      }
      walk(child);
    }
  };
  walk(tree);
}

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

interface VFileLike {
  path?: string;
  history?: string[];
}
const pathOf = (file: VFileLike | undefined) => file?.path ?? file?.history?.at(-1);

/** The rehype plugin for translated files; English files pass through untouched. */
export function rehypeTranslation(options: TranslationFileOptions) {
  return (tree: HastRoot, file?: VFileLike) => {
    const lang = languageOfFile(pathOf(file), options);
    if (!lang) return;
    isolateLtrText(tree);
    markEnglishLinks(tree, lang);
  };
}

type Transformer = (tree: HastRoot, file?: VFileLike) => void;

/** Wraps a rehype plugin so it runs on English files only. */
export function unlessTranslation<O>(plugin: (options: O) => Transformer, options: TranslationFileOptions) {
  return (pluginOptions: O) => {
    const transform = plugin(pluginOptions);
    return (tree: HastRoot, file?: VFileLike) => (languageOfFile(pathOf(file), options) ? undefined : transform(tree, file));
  };
}
