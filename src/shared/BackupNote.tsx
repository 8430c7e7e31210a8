/**
 * The result line of a whole-tablet backup or restore (`data-kind` busy, ok or bad): a sign and
 * words, never colour alone; an alert when it went wrong.
 */
export function BackupNote({ note }: { note: { kind: 'ok' | 'bad' | 'busy'; text: string } | null }) {
  if (!note) return null;
  const sign = { ok: '✔', bad: '⚠', busy: '⏳' }[note.kind];
  return (
    <p
      class={`notice ${note.kind === 'bad' ? 'bad' : 'ok'}`}
      role={note.kind === 'bad' ? 'alert' : 'status'}
      data-testid="tablet-backup-note"
      data-kind={note.kind}
    >
      <span aria-hidden="true">{sign}</span> {note.text}
    </p>
  );
}
