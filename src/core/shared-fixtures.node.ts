/**
 * Real files nobody here wrote (DfE releases, Open Referral feeds) live in the
 * shared folder beside the repository, never inside it. Tests find them here.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LocalOfferError } from './errors';

/** The shared fixtures folder: SHARED_FIXTURES, else `../shared/fixtures` beside the checkout. */
export function sharedFixturesDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string | undefined {
  const candidates = [env['SHARED_FIXTURES'], resolve(cwd, '../shared/fixtures'), resolve(cwd, '../../shared/fixtures')];
  return candidates.find((dir): dir is string => dir !== undefined && existsSync(dir));
}

/** A path inside the shared fixtures folder, e.g. `sharedFixture('dfe-sen2-2025', 'requests.csv')`. */
export function sharedFixture(...parts: string[]): string {
  const dir = sharedFixturesDir();
  if (!dir) throw new MissingFixturesError();
  return join(dir, ...parts);
}

export class MissingFixturesError extends LocalOfferError {
  constructor() {
    super('The shared fixtures folder was not found.', 'Put it at ../shared/fixtures beside the repository, or set SHARED_FIXTURES.');
  }
}
