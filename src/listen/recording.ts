/**
 * A recording made by a person, on a guide that has one: where it is, how
 * long it is, and what it covers. Played with the browser's own `<audio
 * controls>`; the page is its transcript. Front matter:
 *
 *     audio:
 *       file: /audio/what-is-the-local-offer.mp3
 *       duration: "1:05"
 *       description: The first part of this guide, read aloud.
 */
import { z } from 'zod';
import { problem, type DataProblem } from '../core/problems';

/** File types every current browser plays in `<audio>`, with the type to give the browser. */
export const AUDIO_TYPES: Readonly<Record<string, string>> = { mp3: 'audio/mpeg', m4a: 'audio/mp4', aac: 'audio/aac', ogg: 'audio/ogg', oga: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav', webm: 'audio/webm' };

const extension = (file: string) => file.split(/[?#]/)[0]!.split('.').pop()?.toLowerCase() ?? '';

const FILE_EXPECTED = `a file in the public folder, written from the site's root, such as /audio/guide-name.mp3 (types: ${Object.keys(AUDIO_TYPES).join(', ')})`;
const DURATION_EXPECTED = 'how long the recording is, as minutes:seconds in quotes, such as "2:05"';

/** `"2:05"` or `"1:02:05"` → seconds; undefined if it is not a length of time. */
export function parseDuration(text: string): number | undefined {
  const match = text.trim().match(/^(?:(\d+):)?(\d{1,3}):([0-5]\d)$/);
  if (!match) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return total > 0 ? total : undefined;
}

export const recordingSchema = z.object(
  {
    /** The recording, under public/: `/audio/what-is-the-local-offer.mp3`. */
    file: z
      .string({ error: () => `audio.file: ${FILE_EXPECTED}` })
      .trim()
      .refine((f) => f.startsWith('/') && !f.startsWith('//') && extension(f) in AUDIO_TYPES, { error: () => `audio.file: ${FILE_EXPECTED}` }),
    /** How long it is, `m:ss`, shown beside the player so people know before they press play. */
    duration: z
      .union([z.string(), z.number()], { error: () => `audio.duration: ${DURATION_EXPECTED}` })
      .transform((raw, ctx) => {
        // A bare number is taken as seconds (YAML reads an unquoted 125 as a number).
        const seconds = typeof raw === 'number' ? (Number.isInteger(raw) && raw > 0 ? raw : undefined) : parseDuration(raw);
        if (seconds === undefined) {
          ctx.addIssue({ code: 'custom', message: `audio.duration: ${DURATION_EXPECTED}` });
          return z.NEVER;
        }
        return seconds;
      }),
    /** What it covers, in one sentence: "The first part of this guide, read aloud." */
    description: z
      .string({ error: () => 'audio.description: one sentence saying what the recording covers, such as "The first part of this guide, read aloud."' })
      .trim()
      .min(1, { error: () => 'audio.description: one sentence saying what the recording covers, such as "The first part of this guide, read aloud."' }),
  },
  { error: () => 'a recording described on three indented lines: file, duration and description' },
);

export type Recording = z.output<typeof recordingSchema>;

/** The type to give `<audio>` for a file, from its name. */
export const audioType = (file: string) => AUDIO_TYPES[extension(file)] ?? 'audio/mpeg';

/** "1 minute, 5 seconds" in the page's language, through the browser's own words for units. */
export function formatDuration(seconds: number, locale: string): string {
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h > 0 ? unit(h, 'hour') : '', m > 0 ? unit(m, 'minute') : '', s > 0 ? unit(s, 'second') : ''].filter(Boolean);
  return new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format(parts);
}

/** The recording a guide names must be in public/, or the page would offer a player that plays nothing. */
export function checkRecordingFile(path: string, source: string, recording: Recording | undefined, publicFiles: ReadonlySet<string>): DataProblem[] {
  if (!recording) return [];
  const file = decodeURI(recording.file.split(/[?#]/)[0]!);
  if (publicFiles.has(file)) return [];
  const lines = source.split(/\r?\n/);
  const audio = lines.findIndex((line) => line.startsWith('audio:'));
  const index = audio === -1 ? -1 : lines.findIndex((line, i) => i > audio && /^\s+file:/.test(line));
  return [
    problem({
      file: path,
      row: index === -1 ? undefined : index + 1,
      column: 'audio',
      value: recording.file,
      expected: 'a recording that exists in the public folder',
      fix: `Add the file public${file}, or correct the path after "file:".`,
    }),
  ];
}
