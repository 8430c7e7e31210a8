/**
 * Sound and voice for a verdict, so a volunteer who is looking at the person, not the screen,
 * still knows: a distinct tone per verdict and, when enabled, a zh-CN voice line.
 */
import type { VerdictKind } from '../policy/types.ts';
import { t } from './strings.ts';

/** Tone patterns: rising for pass, two mid beeps for review, three low beeps for deny. */
const TONES_HZ: Record<VerdictKind, number[]> = {
  pass: [660, 880],
  review: [520, 520],
  deny: [300, 300, 300],
};
const BEEP_S = 0.14;

let audio: AudioContext | null = null;

/** Plays the verdict's tone; silent when audio is unavailable. */
export function playTone(verdict: VerdictKind): void {
  try {
    audio ??= new AudioContext();
    const start = audio.currentTime;
    TONES_HZ[verdict].forEach((hz, i) => {
      if (!audio) return;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = hz;
      gain.gain.value = 0.2;
      osc.connect(gain).connect(audio.destination);
      osc.start(start + i * (BEEP_S + 0.05));
      osc.stop(start + i * (BEEP_S + 0.05) + BEEP_S);
    });
  } catch {
    // No audio device or autoplay blocked: the screen still shows the verdict in words.
  }
}

/** Speaks a line in the UI language, replacing anything still being said. */
export function speak(line: string): void {
  try {
    if (!('speechSynthesis' in window)) return;
    window.speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(line);
    u.lang = t('speechLang');
    window.speechSynthesis.speak(u);
  } catch {
    // Speech is a convenience; never let it break the gate.
  }
}
