/**
 * "Listen to this page" (Listen.astro): reads the main content aloud with the
 * browser's own speech and the device's own voices, a sentence at a time,
 * highlighting the sentence and keeping it in view. Nothing starts until the
 * button is pressed. Where the browser has no speech, the control stays
 * hidden (its space was kept from the first paint, so nothing moves).
 */
import { createPlayer, type EndReason, type ListenState } from './player';
import { locate, readingBlocks, type Block, type TreeView } from './reading-order';
import { sentences } from './sentences';
import { chooseVoice } from './voice';

/** The name under which the sentence being read is highlighted (`::highlight(listen-sentence)` in listen.css). */
const HIGHLIGHT = 'listen-sentence';
/** How long to wait for the device to list its voices, when it has not yet: short enough to feel like an answer to the press. */
const VOICES_WAIT_MS = 300;

interface Item {
  text: string;
  lang: string;
  voice: SpeechSynthesisVoice;
  block: Block<Node>;
  start: number;
  end: number;
}

const domView: TreeView<Node> = {
  isText: (n) => n.nodeType === Node.TEXT_NODE,
  text: (n) => n.nodeValue ?? '',
  tag: (n) => (n as Element).localName,
  attr: (n, name) => (n as Element).getAttribute(name),
  children: (n) => n.childNodes,
  shown: (n) => {
    const el = n as Element;
    if (typeof el.checkVisibility === 'function') return el.checkVisibility();
    return el.getClientRects().length > 0 || getComputedStyle(el).display === 'contents';
  },
};

function voicesSoon(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    synth.addEventListener('voiceschanged', done);
    setTimeout(done, VOICES_WAIT_MS);
  });
}

/** Every sentence of the main content that a voice on this device can read, in reading order. */
function readingList(main: Element, pageLang: string, voices: readonly SpeechSynthesisVoice[]): Item[] {
  const voiceFor = new Map<string, SpeechSynthesisVoice | undefined>();
  const items: Item[] = [];
  for (const block of readingBlocks(domView, main, pageLang)) {
    if (!voiceFor.has(block.lang)) voiceFor.set(block.lang, chooseVoice(voices, block.lang));
    const voice = voiceFor.get(block.lang);
    // A passage in a language the device has no voice for is left out, not read in the wrong voice.
    if (!voice) continue;
    for (const s of sentences(block.text, block.lang)) items.push({ text: s.text, lang: block.lang, voice, block, start: s.start, end: s.end });
  }
  return items;
}

function rangeOf(item: Item): Range | undefined {
  const from = locate(item.block.pieces, item.start, 'start');
  const to = locate(item.block.pieces, item.end, 'end');
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(item.block.pieces[from.piece]!.node!, from.offset);
  range.setEnd(item.block.pieces[to.piece]!.node!, to.offset);
  return range;
}

function setUp(root: HTMLElement, synth: SpeechSynthesis): void {
  const play = root.querySelector<HTMLButtonElement>('[data-listen-play]');
  const stop = root.querySelector<HTMLButtonElement>('[data-listen-stop]');
  const speed = root.querySelector<HTMLSelectElement>('[data-listen-speed]');
  const status = root.querySelector<HTMLElement>('[data-listen-status]');
  const noVoice = root.querySelector<HTMLElement>('[data-listen-novoice]');
  const main = root.closest('main') ?? document.body;
  if (!play || !stop || !speed || !status || !noVoice) return;

  const pageLang = root.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : undefined;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let items: Item[] = [];
  let marked: Element | undefined;
  // Chrome can drop an utterance's events once nothing refers to it, so the one being said is held here.
  const held: { utterance?: SpeechSynthesisUtterance | undefined } = {};

  function clearHighlight(): void {
    highlights?.delete(HIGHLIGHT);
    marked?.classList.remove('listen-current');
    marked = undefined;
  }

  /** Scrolls only when the sentence is out of view (or under the pinned control), to a third of the way down. */
  function keepInView(rect: DOMRect): void {
    // Once pinned, the control sits at the top as soon as the page scrolls past it (position: sticky): aim
    // below where it will be, not below where it is now (far down the page, under a long header at 320px).
    const stuckBottom = (Number.parseFloat(getComputedStyle(root).top) || 0) + root.offsetHeight;
    const top = root.classList.contains('is-pinned') ? Math.min(root.getBoundingClientRect().bottom, stuckBottom) + 8 : 8;
    const bottom = window.innerHeight - 8;
    if (rect.top >= top && rect.bottom <= bottom) return;
    const to = window.scrollY + rect.top - top - (bottom - top) / 3;
    window.scrollTo({ top: Math.max(0, to), behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  }

  function highlight(index: number): void {
    clearHighlight();
    const item = items[index];
    if (!item) return;
    const element = item.block.element as Element;
    const range = highlights ? rangeOf(item) : undefined;
    if (highlights && range) highlights.set(HIGHLIGHT, new Highlight(range));
    else {
      // Browsers without the highlight API (Firefox before 140) mark the whole paragraph.
      element.classList.add('listen-current');
      marked = element;
    }
    keepInView(range?.getBoundingClientRect() ?? element.getBoundingClientRect());
  }

  function show(state: ListenState, reason?: EndReason): void {
    root.dataset['state'] = state;
    if (state !== 'idle') {
      // Pinned at the top of the window while it reads, so pause and stop stay in reach; kept
      // pinned after the end, so the control does not jump away from under the reader.
      root.classList.add('is-pinned');
      document.documentElement.style.setProperty('--listen-pinned-height', `${root.offsetHeight}px`);
      document.documentElement.classList.add('listen-pinned');
    }
    const key = state === 'idle' ? (reason ?? 'stopped') : state;
    status!.textContent = status!.dataset[key] ?? '';
    // Stop hides itself when reading ends: focus goes back to the play button rather than being lost.
    if (state === 'idle' && document.activeElement === stop) play!.focus();
  }

  const player = createPlayer<Item>(
    {
      say(item, rate, done) {
        const u = new SpeechSynthesisUtterance(item.text);
        u.lang = item.lang;
        u.voice = item.voice;
        u.rate = rate;
        u.onend = () => done();
        u.onerror = (e) => done(e.error);
        held.utterance = u;
        synth.speak(u);
      },
      cancel() {
        held.utterance = undefined;
        synth.cancel();
      },
    },
    { sentence: highlight, state: show },
    Number(speed.value) || 1,
  );

  async function begin(): Promise<void> {
    const voices = await voicesSoon(synth);
    if (!chooseVoice(voices, pageLang)) {
      noVoice!.hidden = false;
      noVoice!.focus();
      return;
    }
    noVoice!.hidden = true;
    items = readingList(main, pageLang, voices);
    player.start(items);
  }

  play.addEventListener('click', () => {
    if (player.state === 'playing') player.pause();
    else if (player.state === 'paused') player.resume();
    else void begin();
  });
  stop.addEventListener('click', () => {
    player.stop();
    // Pressed, it lets go of the top of the window (a move that follows a press is no layout shift).
    root.classList.remove('is-pinned');
    document.documentElement.classList.remove('listen-pinned');
    play.focus();
  });
  speed.addEventListener('change', () => player.setRate(Number(speed.value) || 1));
  // Speech would go on after the page is left.
  window.addEventListener('pagehide', () => player.stop());

  // Asking early gives the device time to list its voices before anyone presses the button.
  synth.getVoices();
  root.classList.add('is-ready');
}

const root = document.querySelector<HTMLElement>('[data-listen]');
const synth = (window as { speechSynthesis?: SpeechSynthesis | undefined }).speechSynthesis;
if (root && synth && typeof window.SpeechSynthesisUtterance === 'function') setUp(root, synth);
