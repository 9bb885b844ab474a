/**
 * When a file last changed, from its last git commit. A comms officer's commit
 * is the moment the figures were published, so pages say "last updated" from it.
 * Outside a git checkout (e.g. a downloaded zip) the file's modified time is used.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const cache = new Map<string, string>();

/** The date (`YYYY-MM-DD`) a file or folder last changed. */
export function lastChanged(path: string): string {
  const cached = cache.get(path);
  if (cached) return cached;
  let date = '';
  try {
    date = execFileSync('git', ['log', '-1', '--format=%cs', '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout, or git is not installed
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    date = (existsSync(path) ? statSync(path).mtime : new Date()).toISOString().slice(0, 10);
  }
  cache.set(path, date);
  return date;
}
