import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { locate, readingBlocks, type TreeView } from './reading-order';

/** Parsed HTML seen as the reader sees the DOM; class "not-shown" stands for display: none. */
const view: TreeView<Node> = {
  isText: (n) => n.nodeType === NodeType.TEXT_NODE,
  text: (n) => n.text,
  tag: (n) => (n as HTMLElement).rawTagName?.toLowerCase() ?? '',
  attr: (n, name) => (n as HTMLElement).getAttribute?.(name) ?? null,
  children: (n) => n.childNodes,
  shown: (n) => !(n as HTMLElement).classList?.contains('not-shown'),
};

const fixture = (name: string) => parse(readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8'));
const page = fixture('page.html');
const main = page.querySelector('main')!;
const blocks = readingBlocks(view, main, 'pl');
const texts = blocks.map((b) => b.text.replace(/ +/g, ' ').trim());

describe('readingBlocks', () => {
  it('reads the heading, paragraphs and list items in the order they are on the page', () => {
    expect(texts.slice(0, 8)).toEqual([
      'Getting help at school',
      'Schools must help. Ask the teacher first.',
      'What to ask',
      'Ask about:',
      'reading help',
      'a quiet place',
      'at break time',
      'Line one line two.',
    ]);
  });

  it('reads a figure’s title, subtitle, summary sentence and table caption, but no table cell and not the chart', () => {
    expect(texts.slice(8, 12)).toEqual(['Most plans are on time', 'Percentage on time, by month', 'Eight in ten plans were on time in October.', 'Plans on time, by month']);
    for (const cell of ['October', '80%', 'Month', 'Line chart']) expect(texts).not.toContain(cell);
  });

  it('leaves out the navigation, the control itself, forms, pictures, and what is hidden or not drawn', () => {
    const all = texts.join(' | ');
    for (const left of ['Home', 'Contents', 'Skipped', 'Listen to this page', 'No voice', 'Decoration', 'Not yet shown', 'Drawn nowhere', 'A school', 'Search', 'Go']) {
      expect(all).not.toContain(left);
    }
    expect(texts).toHaveLength(14);
  });

  it('gives each block its language: the page’s, or its own where the whole block is in another', () => {
    expect(blocks[0]!.lang).toBe('pl');
    // A link in English inside a Polish sentence: the sentence stays Polish.
    expect(blocks[12]!.text).toContain('Read in English');
    expect(blocks[12]!.lang).toBe('pl');
    expect(blocks[13]!.lang).toBe('en-GB');
  });

  it('keeps the text nodes of each block, so a sentence can be found on the page again', () => {
    const heading = blocks[0]!;
    expect(heading.pieces.map((p) => p.text)).toEqual(['Getting help at ', 'school']);
    expect(heading.element).toBe(main.querySelector('h1'));
    // A <br> stands as one space with no node, so offsets still add up.
    const lines = blocks[7]!;
    expect(lines.pieces.map((p) => [p.text, p.node !== undefined])).toEqual([['Line one', true], [' ', false], ['line two.', true]]);
    expect(lines.text).toBe('Line one line two.');
  });

  it('turns every white-space character into one space, keeping the length, so offsets match the pieces', () => {
    const nested = blocks.find((b) => b.text.includes('a quiet place'))!;
    const joined = nested.pieces.map((p) => p.text).join('');
    expect(nested.text).toHaveLength(joined.length);
    expect(nested.text).not.toMatch(/\n/);
  });

  it('reads a table with no caption as nothing', () => {
    const root = parse('<div><p>Before</p><table><tr><td>1</td></tr></table><p>After</p></div>');
    expect(readingBlocks(view, root, 'en-GB').map((b) => b.text)).toEqual(['Before', 'After']);
  });
});

describe('locate', () => {
  const pieces = [{ node: 'a', text: 'Line one' }, { text: ' ' }, { node: 'b', text: 'line two.' }];

  it('finds the piece and offset of a character', () => {
    expect(locate(pieces, 0, 'start')).toEqual({ piece: 0, offset: 0 });
    expect(locate(pieces, 11, 'start')).toEqual({ piece: 2, offset: 2 });
    expect(locate(pieces, 18, 'end')).toEqual({ piece: 2, offset: 9 });
  });

  it('never starts or ends a range in the space that stands for a <br>', () => {
    // Offset 8 is the end of "Line one" and the start of the <br> space: a start moves on, an end stays.
    expect(locate(pieces, 8, 'start')).toEqual({ piece: 2, offset: 0 });
    expect(locate(pieces, 8, 'end')).toEqual({ piece: 0, offset: 8 });
    expect(locate(pieces, 9, 'end')).toEqual({ piece: 0, offset: 8 });
  });

  it('gives undefined when no piece with a node is there', () => {
    expect(locate([{ text: ' ' }], 0, 'start')).toBeUndefined();
    expect(locate(pieces, 30, 'start')).toBeUndefined();
  });
});
