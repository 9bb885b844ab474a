/** The published data files as JSON for the check page, and back. */
import type { Snapshot } from '../history/guard';

export const PUBLISHED_PATH = '/publish/check/published.json';

export interface PublishedJson {
  /** Each data file's text, by its path inside the data folder (`improvement-plan/areas.csv`). */
  files: Record<string, string>;
}

export function publishedJson(files: Snapshot): PublishedJson {
  const decoder = new TextDecoder();
  return { files: Object.fromEntries([...files].map(([path, bytes]) => [path, decoder.decode(bytes)])) };
}

export function snapshotFromJson(json: PublishedJson): Snapshot {
  const encoder = new TextEncoder();
  return new Map(Object.entries(json.files).map(([path, text]) => [path, encoder.encode(text)]));
}
