/**
 * The passphrase field of every sealed file (this tablet's backup, its restore, the estate key's
 * backup and restore): a password input under its label, `new` to seal a file (the browser may
 * offer to remember it) or `current` to open one.
 */
export { MIN_PASSPHRASE_CHARS } from './backup-flow.ts';

export function PassphraseField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  testId: string;
  purpose: 'new' | 'current';
}) {
  return (
    <label class="field">
      {props.label}
      <input
        type="password"
        autoComplete={props.purpose === 'new' ? 'new-password' : 'off'}
        value={props.value}
        data-testid={props.testId}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}
