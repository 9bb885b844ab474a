/** Schedule 2's paragraphs, read from `schedule-2.csv` beside the reader (paths from the project's root, where every command runs). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Checked } from '../core/problems';
import { readSchedule2, SCHEDULE_2_FILE, type Schedule2Paragraph } from './schedule-2';

export function loadSchedule2(file: string = SCHEDULE_2_FILE): Checked<Schedule2Paragraph[]> {
  return readSchedule2(readFileSync(resolve(file)), file);
}
