/**
 * How plain each audience's prose must be: the numbers live here, in one place
 * (see docs/content-editors.md).
 */
import { type Audience, type Format } from '../guides/schema';

export interface ReadabilityThresholds {
  /** Longest sentence allowed, in words. Longer ones are errors. */
  maxSentenceWords: number;
  /** Average sentence length over the whole guide, in words. More is an error. */
  maxAverageSentenceWords: number;
  /**
   * Lowest Flesch reading ease for the whole guide (0–100, higher is easier;
   * 60–70 is plain English, 80+ is easy). Lower is an error. Long words such as
   * "education" and "assessment" cannot be avoided, which is why the score is
   * taken over the whole guide rather than each sentence.
   */
  minFleschReadingEase: number;
  /**
   * Reading age above which a single sentence counts as hard. Seven readability
   * formulas (Flesch, Dale–Chall, SMOG, Gunning fog and others) each estimate a
   * sentence's reading age; if `formulasThatMustAgree` of them put it above
   * this age, it is an error. The formulas were made for whole texts and
   * over-score single sentences, so this age is set higher than the guide's
   * target reader; it catches sentences that are much harder than the rest.
   */
  hardSentenceAge: number;
  /** How many of the 7 formulas must agree a sentence is too hard (1–7). */
  formulasThatMustAgree: number;
  /** Sentences shorter than this are not scored: one long word skews a short sentence. */
  minWordsToScore: number;
  /** Most sentences in one paragraph outside lists (a warning). */
  maxParagraphSentences: number;
  /** Total words in the guide's prose; more is a warning that suggests splitting the guide. */
  maxWords: number;
}

/**
 * The thresholds, in one place. Easy-read guides use `easy-read` whoever they
 * are for; standard guides use their audience's. Documented in
 * docs/content-editors.md: change both together.
 */
export const READABILITY_THRESHOLDS = {
  'parents-carers': {
    maxSentenceWords: 25,
    maxAverageSentenceWords: 15,
    minFleschReadingEase: 60,
    hardSentenceAge: 16,
    formulasThatMustAgree: 5,
    minWordsToScore: 10,
    maxParagraphSentences: 5,
    maxWords: 1500,
  },
  'young-people': {
    maxSentenceWords: 20,
    maxAverageSentenceWords: 13,
    minFleschReadingEase: 65,
    hardSentenceAge: 15,
    formulasThatMustAgree: 5,
    minWordsToScore: 10,
    maxParagraphSentences: 4,
    maxWords: 1200,
  },
  professionals: {
    maxSentenceWords: 30,
    maxAverageSentenceWords: 20,
    minFleschReadingEase: 45,
    hardSentenceAge: 18,
    formulasThatMustAgree: 5,
    minWordsToScore: 10,
    maxParagraphSentences: 6,
    maxWords: 2000,
  },
  'easy-read': {
    maxSentenceWords: 12,
    maxAverageSentenceWords: 9,
    minFleschReadingEase: 85,
    hardSentenceAge: 11,
    formulasThatMustAgree: 5,
    minWordsToScore: 6,
    maxParagraphSentences: 2,
    maxWords: 700,
  },
} as const satisfies Record<Audience | 'easy-read', ReadabilityThresholds>;

/**
 * Phrases retext-simplify would flag that are the right words here: the law
 * says "request" an assessment, and "there is" / "it is" are plain English.
 */
export const SIMPLIFY_ALLOWED = [
  'request',
  'require',
  'requirement',
  'provide',
  'it is',
  'there is',
  'there are',
  'type',
  'option',
  'benefit',
  'identify',
  'monitor',
  'previous',
  'maximum',
  'minimum',
  'remain',
  'contains',
  'function',
  'equivalent',
  'assistance',
  'additional',
  'currently',
  'maintain',
  'however',
  'effect',
  'reflect',
  'address',
  'forward',
  'very',
  'all of',
  'selection',
  'portion',
  'combined',
  'initial',
  'component',
];

export function thresholdsFor(data: { audience: Audience; format: Format }): ReadabilityThresholds {
  return data.format === 'easy-read' ? READABILITY_THRESHOLDS['easy-read'] : READABILITY_THRESHOLDS[data.audience];
}

/** The average sentence length and Flesch score are only checked on guides with at least this many sentences. */
export const WHOLE_GUIDE_MIN_SENTENCES = 5;
