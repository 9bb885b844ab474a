import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceLike } from './voice';

const voice = (lang: string, extra: Partial<VoiceLike & { name: string }> = {}) => ({ name: lang, lang, localService: true, default: false, ...extra });

describe('chooseVoice', () => {
  it('chooses a voice on the device for the page’s language and region first', () => {
    const voices = [voice('en-US'), voice('en-GB', { name: 'UK' }), voice('pl-PL')];
    expect(chooseVoice(voices, 'en-GB')?.name).toBe('UK');
    expect(chooseVoice(voices, 'pl')?.lang).toBe('pl-PL');
  });

  it('takes the same language in another region when that is all there is', () => {
    expect(chooseVoice([voice('fr-FR'), voice('en-US')], 'en-GB')?.lang).toBe('en-US');
    expect(chooseVoice([voice('ar-EG'), voice('ar-SA', { default: true })], 'ar')?.lang).toBe('ar-SA');
  });

  it('never chooses a voice that sends the text away (localService false)', () => {
    expect(chooseVoice([voice('so-SO', { localService: false })], 'so')).toBeUndefined();
    expect(chooseVoice([voice('ur-PK', { localService: false }), voice('ur-IN')], 'ur')?.lang).toBe('ur-IN');
  });

  it('never reads one language with another’s voice', () => {
    expect(chooseVoice([voice('hi-IN'), voice('en-GB')], 'ur')).toBeUndefined();
    expect(chooseVoice([], 'so')).toBeUndefined();
    expect(chooseVoice([voice('')], '')).toBeUndefined();
  });

  it('reads Android’s tags (en_GB) and any case', () => {
    expect(chooseVoice([voice('en_US'), voice('EN_gb', { name: 'android' })], 'en-GB')?.name).toBe('android');
  });

  it('prefers the device’s default voice among equals, then the first listed', () => {
    expect(chooseVoice([voice('pl-PL', { name: 'a' }), voice('pl-PL', { name: 'b', default: true })], 'pl')?.name).toBe('b');
    expect(chooseVoice([voice('pl-PL', { name: 'a' }), voice('pl-PL', { name: 'b' })], 'pl')?.name).toBe('a');
    // A closer region beats the default voice.
    expect(chooseVoice([voice('en-US', { default: true }), voice('en-GB', { name: 'uk' })], 'en-GB')?.name).toBe('uk');
  });
});
