import { describe, expect, it } from 'vitest';
import { GuideSyntaxError, parseGuide, proseBlocks } from './mdx';

describe('parseGuide', () => {
  it('reads frontmatter, GFM tables and MDX components, with the line each starts on', () => {
    const tree = parseGuide('---\ntitle: T\n---\n\n# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nCall <Fact name="contact.phone" /> today.\n');
    expect(tree.children.map((n) => [n.type, n.position?.start.line])).toEqual([
      ['yaml', 1],
      ['heading', 5],
      ['table', 7],
      ['paragraph', 11],
    ]);
    expect(proseBlocks(tree).map((b) => b.line)).toEqual([11]);
  });

  it('throws a syntax error with the line it is on and the message without the place', () => {
    let error: unknown;
    try {
      parseGuide('---\ntitle: T\n---\n\nSome { unclosed text\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GuideSyntaxError);
    expect((error as GuideSyntaxError).line).toBe(5);
    expect((error as GuideSyntaxError).message).toMatch(/^Unexpected end of file in expression/);
  });
});
