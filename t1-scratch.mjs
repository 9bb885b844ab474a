import { markdownToHtml, mdxToJs } from 'satteri';
const calls = [];
const factory = (ctx) => { calls.push(ctx.fileURL?.href); return {
  name: 'rows',
  before(root, ctx) {
    const kids = root.children;
    const pic = kids.findIndex((c) => c.type === 'element' && c.tagName === 'p' && c.children.length === 1 && c.children[0].tagName === 'img');
    if (pic < 0) return;
    const text = kids.slice(pic + 1).filter((c) => c.type === 'element' || c.type === 'mdxJsxFlowElement');
    ctx.replaceNode(kids[pic], { type: 'element', tagName: 'div', properties: { className: ['picture-row'] }, children: [
      { type: 'element', tagName: 'div', properties: { className: ['picture-row-image'] }, children: [JSON.parse(JSON.stringify(kids[pic].children[0]))] },
      { type: 'element', tagName: 'div', properties: { className: ['picture-row-text'] }, children: text.map((n) => JSON.parse(JSON.stringify(n))) } ] });
    for (const n of kids.slice(pic + 1)) ctx.removeNode(n);
  },
}; };
const src = "import Fact from './Fact.astro';\n\n# Title\n\n![A plan](/p.svg)\n\nLine <Fact id=\"contact.phone\" /> one with **bold**.\n\n<Fact id=\"x\" />\n";
const { code } = mdxToJs(src, { hastPlugins: [factory], fileURL: new URL('file:///a/b.mdx') });
console.log(code.split('\n').filter(l => l.includes('picture') || l.includes('Fact') || l.includes('_jsx')).slice(0, 30).join('\n'));
mdxToJs(src, { hastPlugins: [factory], fileURL: new URL('file:///a/c.mdx') });
console.log(calls);
