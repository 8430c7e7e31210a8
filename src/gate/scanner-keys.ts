/**
 * A USB / Bluetooth hand-held scanner acts as a keyboard: it types the code's text and then
 * Enter into whatever has focus. The gate takes those keystrokes at any time, with no field
 * to click first; keys typed into a real input field are left to that field.
 *
 * A burst (each key within the gap of the one before) is swallowed whole: its keys do nothing
 * else. Estate cards and EU certificates hold spaces, and a Space reaching the last-tapped button
 * clicks it (the language flipped, the camera restarted) or scrolls the page; a Tab would move
 * the focus. Its first key cannot be told from a person's, so a burst never starts with a
 * Space: a person pressing Space on a focused button still presses it.
 */

/** Longest pause between two characters of one scan; a scanner types far faster. */
export const SCANNER_KEY_GAP_MS = 800;

/** Whether a key event belongs to an editable field rather than to the gate. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && target.dataset.scannerPassthrough !== 'true';
}

/** Listens for scanner keystrokes on `root`; returns a function that stops listening. */
export function listenForScanner(root: Document, onScan: (text: string) => void): () => void {
  let buffer = '';
  let last = 0;
  // Keys whose keydown was swallowed: their keyup is too (a button clicks on Space's keyup).
  const swallowed = new Set<string>();
  const swallow = (e: KeyboardEvent) => {
    e.preventDefault();
    swallowed.add(e.code || e.key);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.isComposing || e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target)) return;
    // When the key was typed (the event's own time), not when it is handled: keys typed while the
    // page was busy (a long task on a slow tablet) wait in the browser's queue and are handled
    // late, together, and are still the one scan they were typed as.
    const typedAt = e.timeStamp > 0 ? e.timeStamp : performance.now();
    if (typedAt - last > SCANNER_KEY_GAP_MS) buffer = '';
    const inBurst = buffer.length > 0;
    last = typedAt;
    if (e.key === 'Enter') {
      const text = buffer;
      buffer = '';
      if (text.length > 0) {
        swallow(e);
        onScan(text);
      }
    } else if (e.key.length === 1) {
      if (!inBurst && e.key === ' ') return;
      buffer += e.key;
      if (inBurst) swallow(e);
    } else if (inBurst && e.key === 'Tab') swallow(e);
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (swallowed.delete(e.code || e.key)) e.preventDefault();
  };
  root.addEventListener('keydown', onKey);
  root.addEventListener('keyup', onKeyUp);
  return () => {
    root.removeEventListener('keydown', onKey);
    root.removeEventListener('keyup', onKeyUp);
  };
}
