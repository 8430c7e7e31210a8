/**
 * Sound and voice for a verdict, so a volunteer who is looking at the person, not the screen,
 * still knows: a distinct tone per verdict and, when enabled, a zh-CN voice line; and a short cue
 * the moment a code is read, so the person holding it up knows it was taken.
 */
import { htmlLang, type Lang } from '../app/i18n.ts';
import type { VerdictKind, VoiceCue } from '../policy/types.ts';
import { voiceText } from '../shared/reason-words.ts';

/** Tone patterns: rising for pass, two mid beeps for review, three low beeps for deny. */
const TONES_HZ: Record<VerdictKind, number[]> = {
  pass: [660, 880],
  review: [520, 520],
  deny: [300, 300, 300],
};
const BEEP_S = 0.14;

/** The read cue: one short high tick (unlike every verdict tone) and a brief buzz. */
const READ_TICK_HZ = 1320;
const READ_TICK_S = 0.06;
const READ_VIBRATE_MS = 40;

let audio: AudioContext | null = null;

/** Plays `tones` one after another, each `length` seconds; silent when audio is unavailable. */
function beep(tones: readonly number[], length: number): void {
  try {
    audio ??= new AudioContext();
    const start = audio.currentTime;
    tones.forEach((hz, i) => {
      if (!audio) return;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = hz;
      gain.gain.value = 0.2;
      osc.connect(gain).connect(audio.destination);
      osc.start(start + i * (length + 0.05));
      osc.stop(start + i * (length + 0.05) + length);
    });
  } catch {
    // No audio device or autoplay blocked: the screen still shows the check and the verdict in words.
  }
}

/** Plays the verdict's tone; silent when audio is unavailable. */
export function playTone(verdict: VerdictKind): void {
  beep(TONES_HZ[verdict], BEEP_S);
}

/**
 * The cue that a code was read, at once (the verdict comes only after the checks): a tick and,
 * on a device that can, a short vibration. Counted on the page (`data-read-cues` on <body>) so
 * a test, or a curious volunteer's developer tools, can see each cue given without hearing it.
 */
export function cueRead(): void {
  beep([READ_TICK_HZ], READ_TICK_S);
  try {
    navigator.vibrate?.(READ_VIBRATE_MS);
  } catch {
    // Vibration is a convenience.
  }
  document.body.dataset.readCues = String(Number(document.body.dataset.readCues ?? 0) + 1);
}

/**
 * The language the voice speaks: the residents', not the volunteer's. A volunteer who reads the
 * screen in English still has the person in front told, in Chinese, what to do.
 */
export const RESIDENTS_LANG: Lang = 'zh';

/** Speaks the verdict's line to the person in front, in the residents' language, replacing anything still being said. */
export function speakVerdict(verdict: VerdictKind, cue: VoiceCue): void {
  try {
    if (!('speechSynthesis' in window)) return;
    window.speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(voiceText(verdict, cue, RESIDENTS_LANG));
    u.lang = htmlLang(RESIDENTS_LANG);
    window.speechSynthesis.speak(u);
  } catch {
    // Speech is a convenience; never let it break the gate.
  }
}
