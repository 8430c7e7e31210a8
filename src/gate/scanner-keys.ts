/**
 * A USB / Bluetooth hand-held scanner acts as a keyboard: it types the code's text and then
 * Enter into whatever has focus. The gate takes those keystrokes at any time, with no field
 * to click first; keys typed into a real input field are left to that field.
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
  const onKey = (e: KeyboardEvent) => {
    if (e.isComposing || e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target)) return;
    const now = performance.now();
    if (now - last > SCANNER_KEY_GAP_MS) buffer = '';
    last = now;
    if (e.key === 'Enter') {
      const text = buffer;
      buffer = '';
      if (text.length > 0) {
        e.preventDefault();
        onScan(text);
      }
    } else if (e.key.length === 1) {
      buffer += e.key;
    }
  };
  root.addEventListener('keydown', onKey);
  return () => root.removeEventListener('keydown', onKey);
}
