/** Reads the indicator suite from the data folder on disk (see ./load.ts). */
import { diskFolder } from '../core/files.node.ts';
import type { Checked } from '../core/problems';
import { readIndicatorData } from './dataset';
import type { IndicatorSuite } from './read';

export function loadIndicators(dir: string, today: Date, plan?: Checked<{ areas: readonly { area_id: string }[] }>): Checked<IndicatorSuite> {
  return readIndicatorData(diskFolder(dir), today, plan);
}
