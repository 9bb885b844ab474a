/**
 * One check over all the written content (guides, glossary, updates), so
 * `npm run check-data`, CI and the build report problems in the same words.
 */
import { visit } from 'unist-util-visit';
import type { Image, Root } from 'mdast';
import { checkAbbreviations } from './glossary/abbreviations';
import type { GlossaryData } from './glossary/glossary';
import { checkRelated, isReviewOverdue } from './guides/guides';
import { guideSlug, readGuideFrontmatter } from './guides/schema';
import { parseGuide } from './guides/mdx';
import { problem, type DataProblem } from '../core/problems';
import { checkReadability } from './plain-english/readability';
import { readUpdateFrontmatter } from './updates/updates';
import { checkFacts, type Facts } from './facts/facts';
import { checkRecordingFile } from '../listen/recording';
import { checkToolLinks } from './guides/tool-links';

export interface ContentFiles {
  /**
   * Every guide: its path as committed (e.g. `content/guides/ehcp-process.mdx`), its path under
   * the guides folder (`ehcp-process.mdx`: what its slug is made from, whatever the content folder is called) and its text.
   */
  guides: readonly { path: string; name: string; source: string }[];
  /** The glossary as read (its own problems are reported where it is read). */
  glossary: GlossaryData;
  updates?: readonly { path: string; source: string }[];
  /** Files under `public/`, as `/images/easy-read/plan.svg`; when given, pictures and recordings are checked. */
  publicFiles?: readonly string[];
  /** Today as YYYY-MM-DD; when given, guides past their review date get a warning. */
  today?: string;
  /** The facts from the data; when given, every `<Fact name="…" />` must name one. */
  facts?: Facts;
}

function images(tree: Root): Image[] {
  const found: Image[] = [];
  visit(tree, 'image', (node: Image) => {
    found.push(node);
  });
  return found;
}

/** Pictures need a text alternative and a file that exists; easy-read guides need pictures. */
function checkImages(path: string, source: string, easyRead: boolean, publicFiles: ReadonlySet<string> | undefined): DataProblem[] {
  let tree: Root;
  try {
    tree = parseGuide(source);
  } catch {
    return [];
  }
  const problems: DataProblem[] = [];
  const found = images(tree);
  for (const image of found) {
    const row = image.position?.start.line;
    if ((image.alt ?? '').trim() === '') {
      problems.push(
        problem({ file: path, row, column: 'text', value: image.url, expected: 'a text alternative in the square brackets, such as ![A calendar](…)', fix: 'Say what the picture shows, so people who cannot see it get the same idea.' }),
      );
    }
    if (publicFiles && image.url.startsWith('/') && !publicFiles.has(decodeURI(image.url.split(/[?#]/)[0] ?? ''))) {
      problems.push(problem({ file: path, row, column: 'text', value: image.url, expected: 'a picture that exists in the public folder', fix: `Add the file public${image.url} or correct the path.` }));
    }
  }
  if (easyRead && found.length === 0) {
    problems.push(problem({ file: path, column: 'text', expected: 'pictures beside the text in an easy-read guide', fix: 'Add pictures from public/images/easy-read/ with ![text alternative](/images/easy-read/name.svg).', severity: 'warning' }));
  }
  return problems;
}

/** Every problem in the written content, errors and warnings together. */
export function checkContent(files: ContentFiles): DataProblem[] {
  const problems: DataProblem[] = [];
  const publicFiles = files.publicFiles ? new Set(files.publicFiles) : undefined;

  const slugs = new Map<string, string>();
  for (const guide of files.guides) {
    const slug = guideSlug(guide.name);
    const first = slugs.get(slug);
    if (first !== undefined) {
      problems.push(problem({ file: guide.path, expected: 'a file name no other guide uses', fix: `${first} has the same web address (${slug}). Rename one of them.` }));
    } else {
      slugs.set(slug, guide.path);
    }
  }
  const slugSet = new Set(slugs.keys());

  for (const guide of files.guides) {
    const frontmatter = readGuideFrontmatter(guide.path, guide.source);
    problems.push(...frontmatter.problems);
    const data = frontmatter.value;
    if (!data) continue;
    problems.push(...checkRelated(guide.path, data, slugSet));
    if (files.today !== undefined && isReviewOverdue(data, files.today)) {
      problems.push(
        problem({ file: guide.path, column: 'next_review', value: data.next_review, expected: 'a review date that has not passed', fix: 'Check the guide is still right, then update reviewed and next_review.', severity: 'warning' }),
      );
    }
    problems.push(...checkReadability(guide.path, guide.source, data));
    problems.push(...checkAbbreviations(guide.path, guide.source, files.glossary.entries, files.glossary.file));
    problems.push(...checkImages(guide.path, guide.source, data.format === 'easy-read', publicFiles));
    if (publicFiles) problems.push(...checkRecordingFile(guide.path, guide.source, data.audio, publicFiles));
    problems.push(...checkToolLinks(guide.path, guide.source));
    if (files.facts) problems.push(...checkFacts(guide.path, guide.source, files.facts));
  }

  for (const update of files.updates ?? []) {
    problems.push(...readUpdateFrontmatter(update.path, update.source).problems);
    if (files.facts) problems.push(...checkFacts(update.path, update.source, files.facts));
  }
  return problems;
}
