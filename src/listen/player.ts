/**
 * Reading a list of sentences aloud, one utterance each: play, pause,
 * resume, stop and speed. Knows nothing of the page or of speechSynthesis
 * itself; the browser script gives it a `Speaker`, the tests a scripted one.
 *
 * Pause cancels the sentence and resume reads it again from its start.
 * speechSynthesis.pause() is not kept by every browser (on Android it ends
 * the speech), so this behaves the same everywhere.
 */

export type ListenState = 'idle' | 'playing' | 'paused';
/** Why reading stopped: it reached the end, someone pressed Stop, or the speech engine failed. */
export type EndReason = 'finished' | 'stopped' | 'failed';

export interface Speaker<T> {
  /** Says one sentence at `rate`; calls `done` once when it ends, with the engine's error if it failed. */
  say(item: T, rate: number, done: (error?: string) => void): void;
  /** Silences whatever is being said. */
  cancel(): void;
}

export interface PlayerEvents {
  /** The sentence now being read, or -1 when none is. */
  sentence(index: number): void;
  state(state: ListenState, reason?: EndReason): void;
}

export interface Player<T> {
  readonly state: ListenState;
  /** Reads `items` from the first. */
  start(items: readonly T[]): void;
  pause(): void;
  resume(): void;
  stop(): void;
  /** A new speed, used at once: the sentence being read starts again at it. */
  setRate(rate: number): void;
}

export function createPlayer<T>(speaker: Speaker<T>, events: PlayerEvents, initialRate = 1): Player<T> {
  let items: readonly T[] = [];
  let index = 0;
  let state: ListenState = 'idle';
  let rate = initialRate;
  // Each sentence said gets a turn; news from an earlier turn (a cancelled sentence ending late) is ignored.
  let turn = 0;

  const silence = () => {
    turn += 1;
    speaker.cancel();
  };

  const finish = (reason: EndReason) => {
    silence();
    index = 0;
    state = 'idle';
    events.sentence(-1);
    events.state('idle', reason);
  };

  const sayCurrent = () => {
    const mine = ++turn;
    events.sentence(index);
    speaker.say(items[index]!, rate, (error) => {
      if (mine !== turn || state !== 'playing') return;
      if (error !== undefined) return finish('failed');
      index += 1;
      if (index >= items.length) finish('finished');
      else sayCurrent();
    });
  };

  return {
    get state() {
      return state;
    },
    start(list) {
      silence();
      items = list;
      index = 0;
      if (items.length === 0) return finish('finished');
      state = 'playing';
      events.state('playing');
      sayCurrent();
    },
    pause() {
      if (state !== 'playing') return;
      silence();
      state = 'paused';
      events.state('paused');
    },
    resume() {
      if (state !== 'paused') return;
      state = 'playing';
      events.state('playing');
      sayCurrent();
    },
    stop() {
      if (state !== 'idle') finish('stopped');
    },
    setRate(next) {
      rate = next;
      if (state !== 'playing') return;
      silence();
      sayCurrent();
    },
  };
}

/** The speeds offered, slowest first; their names are `listen.speeds` in the UI strings. */
export const SPEEDS = [
  { key: 'slow', rate: 0.75 },
  { key: 'normal', rate: 1 },
  { key: 'fast', rate: 1.25 },
  { key: 'veryFast', rate: 1.5 },
] as const;
