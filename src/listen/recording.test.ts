import { describe, expect, it } from 'vitest';
import { audioType, checkRecordingFile, formatDuration, parseDuration, recordingSchema } from './recording';

describe('parseDuration', () => {
  it('reads minutes:seconds and hours:minutes:seconds', () => {
    expect(parseDuration('1:05')).toBe(65);
    expect(parseDuration(' 0:42 ')).toBe(42);
    expect(parseDuration('1:02:05')).toBe(3725);
  });

  it('refuses what is not a length of time', () => {
    for (const text of ['65', '1:5', '1:60', '0:00', 'one minute', '']) expect(parseDuration(text), text).toBeUndefined();
  });
});

describe('recordingSchema', () => {
  const ok = { file: '/audio/a.mp3', duration: '2:05', description: 'The start, read aloud.' };

  it('takes a file under the site root, a duration in seconds or m:ss, and a description', () => {
    expect(recordingSchema.parse(ok)).toEqual({ ...ok, duration: 125 });
    expect(recordingSchema.parse({ ...ok, duration: 90 }).duration).toBe(90);
  });

  it('says which field is wrong and what it should be', () => {
    const messages = (value: unknown) => recordingSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ ...ok, file: 'https://cdn.example/a.mp3' })).toEqual([expect.stringMatching(/^audio.file: a file in the public folder/)]);
    expect(messages({ ...ok, file: '/audio/a.docx' })).toEqual([expect.stringMatching(/^audio.file: .*types: mp3, m4a/)]);
    expect(messages({ ...ok, duration: '2 minutes' })).toEqual(['audio.duration: how long the recording is, as minutes:seconds in quotes, such as "2:05"']);
    expect(messages({ ...ok, duration: 1.5 })).toHaveLength(1);
    expect(messages({ ...ok, description: ' ' })).toEqual([expect.stringMatching(/^audio.description: one sentence/)]);
    expect(messages('/audio/a.mp3')).toEqual(['a recording described on three indented lines: file, duration and description']);
  });
});

describe('formatDuration', () => {
  it('says the length in words, in the page’s language', () => {
    expect(formatDuration(65, 'en-GB')).toBe('1 minute, 5 seconds');
    expect(formatDuration(42, 'en-GB')).toBe('42 seconds');
    expect(formatDuration(3600, 'en-GB')).toBe('1 hour');
    expect(formatDuration(125, 'pl')).toBe('2 minuty i 5 sekund');
  });
});

describe('audioType and checkRecordingFile', () => {
  it('names the type from the file', () => {
    expect(audioType('/a/b.MP3')).toBe('audio/mpeg');
    expect(audioType('/a/b.opus')).toBe('audio/ogg');
  });

  it('reports a missing file with its row, and nothing for a file that is there', () => {
    const source = '---\ntitle: T\naudio:\n  file: /audio/a%20b.mp3\n  duration: "0:10"\n---\n';
    const recording = { file: '/audio/a%20b.mp3', duration: 10, description: 'x' };
    expect(checkRecordingFile('g.mdx', source, recording, new Set(['/audio/a b.mp3']))).toEqual([]);
    expect(checkRecordingFile('g.mdx', source, recording, new Set())).toEqual([expect.objectContaining({ file: 'g.mdx', row: 4, column: 'audio', value: '/audio/a%20b.mp3' })]);
    expect(checkRecordingFile('g.mdx', source, undefined, new Set())).toEqual([]);
  });
});
