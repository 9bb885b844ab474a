/**
 * Feed descriptions may hold HTML or Markdown-ish line breaks ("It can contain
 * markup such as HTML", says the standard). Our pages print text, so tags are
 * taken out and paragraphs kept as blank-line breaks, which the service page
 * turns back into paragraphs.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', pound: '£', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text without tags; each line or paragraph of the original becomes a paragraph, spaces tidied. */
export function plainText(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n');
  if (/<\/?[a-z][^>]*>/i.test(text)) {
    text = text
      .replace(/<\s*br\s*\/?\s*>/gi, '\n')
      .replace(/<\/\s*(p|div|li|ul|ol|h[1-6]|tr|table)\s*>/gi, '\n')
      .replace(/<[^>]*>/g, '');
  }
  text = decodeEntities(text);
  return text
    .split(/\n+/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n');
}

/** One line of text: tags out, all whitespace one space. For names and short fields. */
export function oneLine(raw: string): string {
  return plainText(raw).replace(/\s+/g, ' ').trim();
}
