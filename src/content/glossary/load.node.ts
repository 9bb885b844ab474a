/** Reads `content/glossary.csv`: the one place the file is read, for the build, the checks and the Markdown plugin. */
import { readSource } from '../../core/files.node.ts';
import type { Checked } from '../../core/problems';
import { readGlossary, type GlossaryData } from './glossary.ts';

export function loadGlossary(contentDir: string): Checked<GlossaryData> {
  const source = readSource(contentDir, 'glossary.csv');
  if (!source.file) return { value: { entries: [], file: source.path }, problems: source.problems };
  const { value, problems } = readGlossary(source.file.bytes, source.file.path);
  return { value: { entries: value, file: source.path }, problems };
}
