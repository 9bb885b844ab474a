/**
 * Plain-English checks for guides. Each sentence of prose (not headings, code
 * or tables) is measured against the thresholds for the guide's audience, or
 * the stricter easy-read ones, and every sentence to fix is quoted.
 */
import { unified, type Processor } from 'unified';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import './word-lists';
import retextSimplify from 'retext-simplify';
import retextRepeatedWords from 'retext-repeated-words';
import { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { toString as nlcstToString } from 'nlcst-to-string';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { syllable } from 'syllable';
import { parseGuide, proseBlocks } from '../guides/mdx';
import { splitFrontmatter } from '../frontmatter';
import { type Audience, type Format } from '../guides/schema';
import { problem, type DataProblem } from '../../core/problems';
import { type ReadabilityThresholds, SIMPLIFY_ALLOWED, WHOLE_GUIDE_MIN_SENTENCES, thresholdsFor } from './thresholds';

const QUOTE_LIMIT = 90;

/** Shortens a sentence for a message, keeping its start so an editor can find it. */
export function quote(sentence: string, limit = QUOTE_LIMIT): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

type ProseProcessor = Processor<NlcstRoot, NlcstRoot, NlcstRoot, undefined, undefined>;

/** One processor per set of thresholds, made once: setting up retext-simplify's word list took longer than checking a guide. */
const processors = new Map<ReadabilityThresholds, ProseProcessor>();

function processorFor(t: ReadabilityThresholds): ProseProcessor {
  let processor = processors.get(t);
  if (!processor) {
    processor = unified()
      .use(retextEnglish)
      .use(retextReadability, { age: t.hardSentenceAge, threshold: t.formulasThatMustAgree / 7, minWords: t.minWordsToScore })
      .use(retextSimplify, { ignore: SIMPLIFY_ALLOWED })
      .use(retextRepeatedWords)
      .freeze() as unknown as ProseProcessor;
    processors.set(t, processor);
  }
  return processor;
}

// Guides use the same few thousand words again and again, and counting syllables is slow next to a lookup.
const syllablesOf = new Map<string, number>();

function sentenceCounts(sentence: Sentence): { words: number; syllables: number } {
  let words = 0;
  let syllables = 0;
  visit(sentence, 'WordNode', (word) => {
    words++;
    const text = nlcstToString(word);
    let count = syllablesOf.get(text);
    if (count === undefined) syllablesOf.set(text, (count = syllable(text)));
    syllables += count;
    return SKIP;
  });
  return { words, syllables };
}

/** Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. */
export function fleschReadingEase(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 100;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/**
 * retext-english does not end a sentence at a full stop straight after a
 * number ("by week 16. The letter…"), so such pairs would count as one long
 * sentence. A space before the full stop makes it split as a reader would.
 */
function splittable(text: string): string {
  return text.replace(/(\d)\.(\s+["“‘(]?[A-Z])/g, '$1 .$2');
}

/** Counts words the way the checks do, for tests and for the editors' docs. */
export function countWords(text: string): number {
  const tree = unified().use(retextEnglish).parse(text) as NlcstRoot;
  let words = 0;
  visit(tree, 'WordNode', () => {
    words++;
    return SKIP;
  });
  return words;
}

/**
 * Checks the prose of one guide. `mdxSource` is the whole file, frontmatter
 * included, so line numbers match the editor's. Never throws: an MDX syntax
 * error is reported as a problem.
 */
export function checkReadability(
  path: string,
  mdxSource: string,
  frontmatter: { audience: Audience; format: Format },
): DataProblem[] {
  const t = thresholdsFor(frontmatter);
  const kind = frontmatter.format === 'easy-read' ? 'easy-read guides' : `guides for ${frontmatter.audience.replace('-', ' and ')}`;
  const problems: DataProblem[] = [];
  let blocks;
  try {
    blocks = proseBlocks(parseGuide(mdxSource));
  } catch (error) {
    const line = (error as { line?: number }).line;
    return [
      problem({
        file: path,
        row: line ?? splitFrontmatter(mdxSource).bodyLine,
        column: 'text',
        expected: 'valid MDX',
        fix: `${(error as Error).message}. A { or < in text needs a backslash before it: \\{ or \\<.`,
      }),
    ];
  }

  const processor = processorFor(t);
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    const file = new VFile(splittable(block.text));
    const tree = processor.runSync(processor.parse(file), file) as NlcstRoot;
    const lineOf = (offset: number | undefined) =>
      block.line + (offset === undefined ? 0 : (block.text.slice(0, offset).match(/\n/g)?.length ?? 0));

    let inBlock = 0;
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      const counted = sentenceCounts(sentence);
      const n = counted.words;
      if (n === 0) return SKIP;
      inBlock++;
      sentences++;
      words += n;
      syllables += counted.syllables;
      if (n > t.maxSentenceWords) {
        problems.push(
          problem({
            file: path,
            row: lineOf(sentence.position?.start.offset),
            column: 'text',
            value: quote(nlcstToString(sentence)),
            expected: `sentences of ${t.maxSentenceWords} words or fewer in ${kind} (this one has ${n})`,
            fix: 'Split it into shorter sentences, or turn a list of things into bullet points.',
          }),
        );
      }
      return SKIP;
    });

    if (!block.inList && inBlock > t.maxParagraphSentences) {
      problems.push(
        problem({
          file: path,
          row: block.line,
          column: 'text',
          value: quote(block.text),
          expected: `paragraphs of ${t.maxParagraphSentences} sentence${t.maxParagraphSentences === 1 ? '' : 's'} or fewer in ${kind} (this one has ${inBlock})`,
          fix: frontmatter.format === 'easy-read' ? 'Put each idea on its own line.' : 'Split the paragraph where the idea changes.',
          severity: 'warning',
        }),
      );
    }

    for (const message of file.messages) {
      const row = lineOf(message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset);
      const where = { file: path, row, column: 'text', value: quote(String(message.actual ?? '')) };
      if (message.source === 'retext-readability') {
        // List items are fragments; one long word skews the formulas, so only length is checked there.
        if (block.inList) continue;
        problems.push(
          problem({
            ...where,
            expected: `sentences most ${t.hardSentenceAge}-year-olds can read easily in ${kind} (${message.reason.replace(/^Unexpected hard to read sentence, according to /, '').replace(/algorithms$/, 'readability formulas')} say this one is harder)`,
            fix: 'Use shorter, everyday words and fewer ideas per sentence. Explain a term in its own sentence.',
          }),
        );
      } else if (message.source === 'retext-repeated-words') {
        problems.push(
          problem({
            ...where,
            expected: 'each word once (the same word is written twice in a row)',
            fix: 'Delete the repeated word.',
          }),
        );
      } else if (message.source === 'retext-simplify') {
        const advice = message.reason.replace(/^Unexpected `[^`]*`,?\s*/, '').replace(/`/g, '"');
        problems.push(
          problem({
            file: path,
            row,
            column: 'text',
            value: String(message.actual ?? ''),
            expected: `plainer words (${advice})`,
            severity: 'warning',
          }),
        );
      }
    }
  }

  // Whole-guide measures mean little for a few sentences.
  const enough = sentences >= WHOLE_GUIDE_MIN_SENTENCES;
  if (enough && words / sentences > t.maxAverageSentenceWords) {
    problems.push(
      problem({
        file: path,
        column: 'text',
        value: `${(words / sentences).toFixed(1)} words per sentence on average`,
        expected: `an average of ${t.maxAverageSentenceWords} words per sentence or fewer in ${kind}`,
        fix: 'Shorten the longest sentences first.',
      }),
    );
  }
  const ease = fleschReadingEase(words, sentences, syllables);
  if (enough && ease < t.minFleschReadingEase) {
    problems.push(
      problem({
        file: path,
        column: 'text',
        value: `a Flesch reading ease of ${Math.round(ease)}`,
        expected: `a Flesch reading ease of ${t.minFleschReadingEase} or more in ${kind} (higher is easier)`,
        fix: 'Use shorter sentences and shorter, everyday words: "help" rather than "assistance", "about" rather than "regarding".',
      }),
    );
  }
  if (words > t.maxWords) {
    problems.push(
      problem({
        file: path,
        column: 'text',
        value: `${words} words`,
        expected: `${t.maxWords} words or fewer in ${kind}`,
        fix: 'Split the guide into two guides and link them with "related".',
        severity: 'warning',
      }),
    );
  }
  return problems;
}

/** Words and sentences in a guide's prose, for reports and tests. */
export function proseStats(mdxSource: string): { words: number; sentences: number; fleschReadingEase: number } {
  const parser = unified().use(retextEnglish);
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of proseBlocks(parseGuide(mdxSource))) {
    visit(parser.parse(splittable(block.text)) as NlcstRoot, 'SentenceNode', (sentence: Sentence) => {
      const counted = sentenceCounts(sentence);
      if (counted.words > 0) {
        sentences++;
        words += counted.words;
        syllables += counted.syllables;
      }
      return SKIP;
    });
  }
  return { words, sentences, fleschReadingEase: Math.round(fleschReadingEase(words, sentences, syllables)) };
}
