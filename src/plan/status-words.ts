/** Words people type for a status instead of ours, and the hint we give. */
import type { ActionStatus } from './schema';

/** Statuses people often type instead of ours, and what they most likely mean. */
const STATUS_SYNONYMS: Record<string, ActionStatus> = {
  complete: 'achieved',
  completed: 'achieved',
  done: 'achieved',
  met: 'achieved',
  'in progress': 'on track',
  'on target': 'on track',
  ongoing: 'on track',
  partial: 'partly achieved',
  'partially achieved': 'partly achieved',
  'partially met': 'partly achieved',
  late: 'delayed',
  behind: 'delayed',
  overdue: 'delayed',
  'not yet started': 'not started',
};

/** A hint for a status we could not read: the likely word, or why colours are not allowed. */
export function statusFix(value: string): string | undefined {
  const cleaned = value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  const likely = STATUS_SYNONYMS[cleaned];
  if (likely) return `Did you mean "${likely}"?`;
  if (['red', 'amber', 'green', 'blue', 'rag', 'r', 'a', 'g'].includes(cleaned)) {
    return 'Use the words rather than a red, amber or green rating: colour alone does not tell everyone what it means.';
  }
  return undefined;
}
