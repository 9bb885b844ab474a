import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { physicalCss, physicalInFile, physicalUtilities } from './logical-css';

/** Stylesheets, components and scripts under src/ (tests hold examples, so they are left out). */
function sourceFiles(dir = 'src'): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    // This check's own module names the physical forms it looks for.
    .filter((f) => /\.(css|astro|ts)$/.test(f) && !/\.(test|d)\.ts$/.test(f) && !f.endsWith('logical-css.ts'))
    .map((f) => join(dir, f).split('\\').join('/'));
}

describe('right-to-left layout: only logical CSS in src/', () => {
  it('no component, stylesheet or script uses a physical left or right', () => {
    const found = sourceFiles().flatMap((file) => physicalInFile(file, readFileSync(file, 'utf8')).map((u) => `${file}:${u.line} ${u.found} (use ${u.use})`));
    expect(found).toEqual([]);
  });
});

describe('physicalCss', () => {
  it('finds properties, values, shorthands and shadows that name a side', () => {
    const css = `
      ul { padding-left: 1.25rem; }
      .a { border-right: 0; margin-right-width: 1px; }
      .skip { position: absolute; left: 0.5rem; }
      caption { text-align: left; float: right; }
      td { padding: 0.5rem 0.75rem 0.5rem 0; }
      .t:target { box-shadow: inset 5px 0 0 yellow; }
      .r { border-top-left-radius: 4px; }`;
    expect(physicalCss(css).map((u) => u.found)).toEqual([
      'padding-left:',
      'border-right:',
      'margin-right-width:',
      'left: 0.5rem',
      'text-align: left',
      'float: right',
      'padding: 0.5rem 0.75rem 0.5rem 0',
      'box-shadow: inset 5px 0 0 yellow',
      'border-top-left-radius:',
    ]);
  });

  it('accepts logical and symmetric CSS', () => {
    const css = `
      ul { padding-inline-start: 1.25rem; }
      .skip { inset-inline-start: 0.5rem; top: 0; }
      caption { text-align: start; }
      td { padding: 0.5rem 0.75rem; margin: 0 auto 1rem; padding: 1px 2px 3px 2px; }
      a:focus { box-shadow: 0 -2px yellow, 0 4px black; outline-offset: 0; }
      .button { box-shadow: inset 0 0 0 2px black; }`;
    expect(physicalCss(css)).toEqual([]);
  });
});

describe('physicalUtilities', () => {
  it('finds Tailwind classes that name a side, with their logical forms', () => {
    const markup = `<ul class="py-2 pl-4 sm:pl-8"><li class="before:mr-2 text-right"></li></ul><p class={\`py-4 \${x ? 'border-l-8 pl-3' : ''}\`}>`;
    expect(physicalUtilities(markup).map((u) => `${u.found}→${u.use}`)).toEqual([
      'pl-4→ps-4',
      'sm:pl-8→sm:ps-8',
      'before:mr-2→before:me-2',
      'text-right→text-end',
      'border-l-8→border-s-8',
      'pl-3→ps-3',
    ]);
  });

  it('leaves words, language codes and logical classes alone', () => {
    expect(physicalUtilities(`const langs = ['pl', 'ur']; const s = "left over"; <p class="ps-4 me-2 text-start border-s start-0">`)).toEqual([]);
  });
});

describe('physicalInFile', () => {
  it('reads a component’s classes and its <style> with line numbers', () => {
    const component = '---\n---\n<p class="ml-4">x</p>\n<style>\n  p { margin-left: 1rem; }\n</style>\n';
    expect(physicalInFile('x.astro', component).map((u) => [u.line, u.found])).toEqual([
      [3, 'ml-4'],
      [5, 'margin-left:'],
    ]);
  });
});
