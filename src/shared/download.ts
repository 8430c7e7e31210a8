/** Saves a text as a file through the browser's download (works offline, no server). */

/** Downloads `text` as `fileName` (JSON by default). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadParts(fileName, [text], type);
}

/** Downloads binary `bytes` as `fileName` (a sealed backup). */
export function downloadBytes(fileName: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  downloadParts(fileName, [bytes as Uint8Array<ArrayBuffer>], type);
}

/** Downloads the concatenation of `parts` as `fileName` (a large file built piece by piece). */
export function downloadParts(fileName: string, parts: readonly BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
