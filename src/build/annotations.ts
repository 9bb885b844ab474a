/**
 * GitHub Actions workflow commands, so a data error shows on the right file
 * and line of a pull request. For a CSV, the Excel row is the file's line
 * unless a cell holds a line break.
 */
import { formatProblem, type DataProblem } from '../core/problems';

/** Escapes data for a workflow command, as the Actions toolkit does. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function toGithubAnnotation(p: DataProblem): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.row !== undefined) props.push(`line=${p.row}`);
  props.push(`title=${escapeProperty(p.column ? `Data problem in column ${p.column}` : 'Data problem')}`);
  return `::${p.severity} ${props.join(',')}::${escapeData(formatProblem(p))}`;
}
