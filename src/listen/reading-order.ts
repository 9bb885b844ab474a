/**
 * What "Listen to this page" reads, in reading order: the text of the main
 * content as blocks (a heading, a paragraph, a list item, a table's caption),
 * each with its language. Not the navigation, forms, buttons, pictures, or the
 * cells of a table. Written over a small view of a tree, so the browser script
 * walks the page's DOM and the tests walk parsed HTML with the same code.
 */

/** How to look at one node of a tree (the DOM, or a parsed HTML fragment in tests). */
export interface TreeView<N> {
  isText(node: N): boolean;
  /** A text node's text. */
  text(node: N): string;
  /** An element's tag name, in lower case. */
  tag(node: N): string;
  attr(node: N, name: string): string | null;
  children(node: N): Iterable<N>;
  /** Whether an element is drawn at all (not `display: none`, not in a closed `<details>`). */
  shown(node: N): boolean;
}

/** A stretch of a block's text: a text node's text, or a space standing for a `<br>`. */
export interface Piece<N> {
  node?: N;
  text: string;
}

/** One thing to read aloud: the element it sits in, its language, and its text as pieces. */
export interface Block<N> {
  element: N;
  lang: string;
  pieces: Piece<N>[];
  /** The pieces joined, every white-space character as one space (so offsets match the pieces). */
  text: string;
}

/** Elements whose text flows inside a line; every other element starts a block of its own. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'label', 'mark',
  'output', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

/** Never read: the menu, controls, pictures and media, and what is not text at all. */
const SKIPPED = new Set([
  'audio', 'button', 'canvas', 'dialog', 'embed', 'form', 'head', 'iframe', 'img', 'input', 'map', 'meter', 'nav',
  'noscript', 'object', 'picture', 'progress', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'video',
]);

const SKIPPED_ROLES = new Set(['navigation', 'search', 'img', 'toolbar', 'menu', 'menubar', 'dialog', 'alertdialog']);

/** Marks an element the reader leaves out (the control itself, a recording's caption). */
export const SKIP_ATTRIBUTE = 'data-listen-skip';

function isSkipped<N>(view: TreeView<N>, node: N): boolean {
  if (SKIPPED.has(view.tag(node))) return true;
  if (view.attr(node, 'hidden') !== null || view.attr(node, 'inert') !== null) return true;
  if (view.attr(node, 'aria-hidden') === 'true' || view.attr(node, SKIP_ATTRIBUTE) !== null) return true;
  if (SKIPPED_ROLES.has(view.attr(node, 'role') ?? '')) return true;
  return !view.shown(node);
}

const blank = (s: string) => s.trim() === '';

/**
 * The blocks under `root`, in document order. `lang` is the language of `root`
 * (the page's `<html lang>`); an element's own `lang` changes it for its text.
 */
export function readingBlocks<N>(view: TreeView<N>, root: N, lang: string): Block<N>[] {
  const blocks: Block<N>[] = [];

  /** Adds text and inline elements to the current run, each piece with its language. */
  function inline(node: N, nodeLang: string, run: { piece: Piece<N>; lang: string }[]): void {
    for (const child of view.children(node)) {
      if (view.isText(child)) run.push({ piece: { node: child, text: view.text(child) }, lang: nodeLang });
      else if (view.tag(child) === 'br') run.push({ piece: { text: ' ' }, lang: nodeLang });
      else if (!isSkipped(view, child)) inline(child, view.attr(child, 'lang') || nodeLang, run);
    }
  }

  function container(node: N, nodeLang: string): void {
    let run: { piece: Piece<N>; lang: string }[] = [];
    const flush = () => {
      const pieces = run.map((r) => r.piece);
      const text = pieces.map((p) => p.text).join('').replace(/\s/g, ' ');
      if (!blank(text)) {
        // A run wholly in another language (an English title on an Urdu page) is read in that language.
        const langs = new Set(run.filter((r) => !blank(r.piece.text)).map((r) => r.lang));
        blocks.push({ element: node, lang: langs.size === 1 ? [...langs][0]! : nodeLang, pieces, text });
      }
      run = [];
    };
    for (const child of view.children(node)) {
      if (view.isText(child)) {
        run.push({ piece: { node: child, text: view.text(child) }, lang: nodeLang });
        continue;
      }
      const tag = view.tag(child);
      if (tag === 'br') {
        run.push({ piece: { text: ' ' }, lang: nodeLang });
        continue;
      }
      if (isSkipped(view, child)) continue;
      const childLang = view.attr(child, 'lang') || nodeLang;
      if (INLINE.has(tag)) {
        inline(child, childLang, run);
        continue;
      }
      flush();
      if (tag === 'table') {
        // A table's caption says what it shows; its cells are for looking up, not for listening to.
        for (const part of view.children(child)) {
          if (!view.isText(part) && view.tag(part) === 'caption' && !isSkipped(view, part)) container(part, view.attr(part, 'lang') || childLang);
        }
      } else {
        container(child, childLang);
      }
    }
    flush();
  }

  container(root, lang);
  return blocks;
}

/** Where an offset into a block's text falls: which piece, and how far into it. */
export interface Position {
  piece: number;
  offset: number;
}

/**
 * The piece and offset for a character offset in a block's text. A start
 * that falls at the end of a piece moves to the start of the next piece with
 * a node, and an end at the start of one moves back, so a range never begins
 * or ends in a `<br>`'s stand-in space. Undefined when no piece with a node holds it.
 */
export function locate(pieces: readonly Piece<unknown>[], offset: number, edge: 'start' | 'end'): Position | undefined {
  let at = 0;
  const spans = pieces.map((p, i) => {
    const span = { piece: i, from: at, to: at + p.text.length, real: p.node !== undefined };
    at = span.to;
    return span;
  });
  const real = spans.filter((s) => s.real);
  const found =
    edge === 'start'
      ? real.find((s) => offset >= s.from && offset < s.to) ?? real.find((s) => s.from >= offset)
      : real.find((s) => offset > s.from && offset <= s.to) ?? [...real].reverse().find((s) => s.to <= offset);
  if (!found) return undefined;
  return { piece: found.piece, offset: Math.min(Math.max(offset - found.from, 0), found.to - found.from) };
}
