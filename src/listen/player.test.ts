import { describe, expect, it } from 'vitest';
import { createPlayer, type ListenState, type Speaker } from './player';

/** A speaker that says nothing until told: `finish()` ends the sentence being said, `fail()` fails it. */
function scripted() {
  const said: { item: string; rate: number }[] = [];
  let pending: ((error?: string) => void) | undefined;
  let cancels = 0;
  const cancelled: ((error?: string) => void)[] = [];
  const speaker: Speaker<string> = {
    say(item, rate, done) {
      said.push({ item, rate });
      pending = done;
    },
    cancel() {
      cancels += 1;
      if (pending) cancelled.push(pending);
      pending = undefined;
    },
  };
  return {
    speaker,
    said,
    cancels: () => cancels,
    finish: () => pending?.(),
    fail: (error = 'synthesis-failed') => pending?.(error),
    /** What a browser does: a cancelled sentence reports "interrupted", late. */
    lateNews: () => cancelled.forEach((done) => done('interrupted')),
  };
}

function setup(rate = 1) {
  const s = scripted();
  const sentences: number[] = [];
  const states: [ListenState, string | undefined][] = [];
  const player = createPlayer(s.speaker, { sentence: (i) => sentences.push(i), state: (st, why) => states.push([st, why]) }, rate);
  return { ...s, player, sentences, states };
}

describe('createPlayer', () => {
  it('reads each sentence in turn, then stops by itself', () => {
    const t = setup();
    t.player.start(['one', 'two', 'three']);
    expect(t.player.state).toBe('playing');
    t.finish();
    t.finish();
    t.finish();
    expect(t.said.map((s) => s.item)).toEqual(['one', 'two', 'three']);
    expect(t.sentences).toEqual([0, 1, 2, -1]);
    expect(t.states).toEqual([['playing', undefined], ['idle', 'finished']]);
    expect(t.player.state).toBe('idle');
  });

  it('pauses by silencing the sentence, and resumes by reading it again from its start', () => {
    const t = setup();
    t.player.start(['one', 'two']);
    t.finish();
    t.player.pause();
    expect(t.player.state).toBe('paused');
    expect(t.cancels()).toBeGreaterThanOrEqual(2);
    // The cancelled sentence's late "interrupted" does not move on or stop anything.
    t.lateNews();
    expect(t.player.state).toBe('paused');
    t.player.resume();
    expect(t.said.map((s) => s.item)).toEqual(['one', 'two', 'two']);
    expect(t.sentences).toEqual([0, 1, 1]);
    t.finish();
    expect(t.states.map(([s]) => s)).toEqual(['playing', 'paused', 'playing', 'idle']);
  });

  it('stops when asked, forgets its place, and ignores the stopped sentence’s late news', () => {
    const t = setup();
    t.player.start(['one', 'two']);
    t.player.stop();
    t.lateNews();
    expect(t.states.at(-1)).toEqual(['idle', 'stopped']);
    expect(t.sentences.at(-1)).toBe(-1);
    expect(t.said).toHaveLength(1);
    // Starting again begins at the first sentence.
    t.player.start(['one', 'two']);
    expect(t.said.at(-1)?.item).toBe('one');
  });

  it('uses a new speed at once, starting the sentence again', () => {
    const t = setup(0.75);
    t.player.start(['one', 'two']);
    t.player.setRate(1.5);
    t.finish();
    expect(t.said).toEqual([{ item: 'one', rate: 0.75 }, { item: 'one', rate: 1.5 }, { item: 'two', rate: 1.5 }]);
    // Paused, the speed waits for resume.
    t.player.pause();
    t.player.setRate(1);
    expect(t.said).toHaveLength(3);
    t.player.resume();
    expect(t.said.at(-1)).toEqual({ item: 'two', rate: 1 });
  });

  it('stops and says so when the speech engine fails', () => {
    const t = setup();
    t.player.start(['one', 'two']);
    t.fail();
    expect(t.states.at(-1)).toEqual(['idle', 'failed']);
    expect(t.said).toHaveLength(1);
  });

  it('does nothing for pause, resume or stop in the wrong state', () => {
    const t = setup();
    t.player.pause();
    t.player.resume();
    t.player.stop();
    expect(t.states).toEqual([]);
    t.player.start([]);
    expect(t.states).toEqual([['idle', 'finished']]);
    expect(t.said).toEqual([]);
  });
});
