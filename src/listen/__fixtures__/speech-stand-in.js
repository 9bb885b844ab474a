/*
 * A scripted stand-in for the browser's speech (speechSynthesis and
 * SpeechSynthesisUtterance), put into a page before it loads by the browser
 * tests (page.addInitScript). It says nothing: it records each utterance and
 * ends one only when told (window.__speech.finish()), or after
 * `autoEndMs` when given. Options, set first as window.__speechOptions:
 *   voices     [{ name, lang, localService, default }]
 *   autoEndMs  end each utterance by itself after this many milliseconds
 *   none       true: the browser has no speech at all
 */
(() => {
  const options = window.__speechOptions || { voices: [] };
  if (options.none) {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true, writable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true, writable: true });
    return;
  }
  const voices = (options.voices || []).map((v) =>
    Object.freeze({ voiceURI: v.name, name: v.name, lang: v.lang, localService: Boolean(v.localService), default: Boolean(v.default) }),
  );
  const log = { spoken: [], calls: [] };
  let queue = [];
  let current = null;

  const fire = (utterance, type, extra) => {
    const event = Object.assign(new Event(type), { utterance, charIndex: 0, elapsedTime: 0, name: '' }, extra || {});
    const handler = utterance['on' + type];
    if (typeof handler === 'function') handler.call(utterance, event);
    utterance.dispatchEvent(event);
  };

  class StandInUtterance extends EventTarget {
    constructor(text) {
      super();
      this.text = text || '';
      this.lang = '';
      this.voice = null;
      this.rate = 1;
      this.pitch = 1;
      this.volume = 1;
      this.onstart = this.onend = this.onerror = this.onpause = this.onresume = this.onboundary = this.onmark = null;
    }
  }

  class StandInSynthesis extends EventTarget {
    constructor() {
      super();
      this.speaking = false;
      this.pending = false;
      this.paused = false;
      this.onvoiceschanged = null;
    }
    getVoices() {
      return voices.slice();
    }
    speak(utterance) {
      log.calls.push('speak');
      log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice ? utterance.voice.name : null, rate: utterance.rate });
      queue.push(utterance);
      if (!current) startNext();
    }
    cancel() {
      log.calls.push('cancel');
      const was = current;
      queue = [];
      current = null;
      this.speaking = false;
      if (was) setTimeout(() => fire(was, 'error', { error: 'interrupted' }), 0);
    }
    pause() {
      log.calls.push('pause');
      this.paused = true;
    }
    resume() {
      log.calls.push('resume');
      this.paused = false;
    }
  }
  const synth = new StandInSynthesis();

  function startNext() {
    current = queue.shift() || null;
    synth.speaking = current !== null;
    if (!current) return;
    const utterance = current;
    setTimeout(() => {
      if (current === utterance) fire(utterance, 'start');
    }, 0);
    if (options.autoEndMs !== undefined) {
      setTimeout(() => {
        if (current === utterance) finish();
      }, options.autoEndMs);
    }
  }

  function finish() {
    const utterance = current;
    if (!utterance) return;
    current = null;
    fire(utterance, 'end');
    // The page may already have asked for the next sentence while handling "end".
    if (!current) startNext();
  }

  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true, writable: true });
  window.__speech = { log, finish, current: () => (current ? current.text : null) };
})();
