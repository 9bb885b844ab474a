/**
 * Which of the device's voices reads a language. Only voices that run on the
 * device (`localService`): a voice that sends the text to a speech service
 * would send what a family is reading to another company.
 */

/** What the choice needs from a SpeechSynthesisVoice. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

/** `en_GB` (as Android writes it) and `EN-gb` are both `en-gb`. */
export const normaliseTag = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();

const primary = (tag: string) => normaliseTag(tag).split('-')[0] ?? '';

/**
 * The best on-device voice for `lang`, or undefined if there is none: the same
 * language and region first (en-GB for en-GB), then the language alone (`en`),
 * then the language in another region (en-US). Among equals, the device's
 * default voice, then the first listed.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = normaliseTag(lang);
  const language = primary(lang);
  if (language === '') return undefined;
  const rank = (v: V) => {
    const tag = normaliseTag(v.lang);
    if (tag === wanted) return 0;
    if (tag === language) return 1;
    return primary(tag) === language ? 2 : undefined;
  };
  let best: { voice: V; score: number } | undefined;
  for (const voice of voices) {
    if (!voice.localService) continue;
    const r = rank(voice);
    if (r === undefined) continue;
    const score = r * 2 + (voice.default ? 0 : 1);
    if (!best || score < best.score) best = { voice, score };
  }
  return best?.voice;
}
