/**
 * Schedule 2's paragraphs, read from `schedule-2.csv` beside this file (found
 * from this module, so check-data works from any folder). Pages read the same
 * file through ./views.ts, bundled with them.
 */
import { readFileSync } from 'node:fs';
import type { Checked } from '../core/problems';
import { readSchedule2, SCHEDULE_2_FILE, type Schedule2Paragraph } from './schedule-2';

export function loadSchedule2(): Checked<Schedule2Paragraph[]> {
  return readSchedule2(readFileSync(new URL('./schedule-2.csv', import.meta.url)), SCHEDULE_2_FILE);
}
