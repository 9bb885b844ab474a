/**
 * What a file that passes would publish, in a few lines: each dataset says
 * its own (its `preview`): for EHCP figures the headline and the newest
 * months, for a review the count of actions by status.
 */
import type { DataFolder } from '../core/data-folder';
import type { Preview } from '../core/dataset';
import { dataFrom } from '../build/data';
import { DATASETS } from '../build/registry';
import type { FileKind } from './kinds';

export type { Preview };

export function previewOf(kind: FileKind, folder: DataFolder, file: string, today: Date, threshold: number): Preview | undefined {
  const dataset = DATASETS.find((d) => d.id === kind.dataset);
  const checked = dataFrom(folder, today).datasets[kind.dataset];
  if (!dataset?.preview || !checked) return undefined;
  return (dataset.preview as (data: unknown, context: { file: string; threshold: number }) => Preview | undefined)(checked.value, { file, threshold });
}
