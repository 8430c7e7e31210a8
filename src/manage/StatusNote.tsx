/** A result line after an action: a tick or a warning sign with words, never colour alone. */
export function StatusNote({ note, testId }: { note: { ok: boolean; text: string } | null; testId: string }) {
  if (!note) return null;
  return (
    <p
      class={`notice ${note.ok ? 'ok' : 'bad'}`}
      role={note.ok ? 'status' : 'alert'}
      data-testid={testId}
      data-ok={String(note.ok)}
    >
      <span aria-hidden="true">{note.ok ? '✔' : '⚠'}</span> {note.text}
    </p>
  );
}
