import { useState } from 'preact/hooks';
import type { Person } from '../../db/index.ts';
import { deletePerson, savePerson } from '../../db/people.ts';
import { session } from '../console/access-state.ts';
import { fromDraft, type PersonDraft, toDraft } from './person-draft.ts';
import { type StringKey, t } from './strings.ts';

const STATUSES: Person['status'][] = ['normal', 'home-quarantine', 'home-monitoring', 'central-quarantine'];
type InputType = 'text' | 'tel' | 'date';
type TextKey = Exclude<keyof PersonDraft, 'kind' | 'status'>;

function Field(props: {
  label: StringKey;
  name: TextKey;
  draft: PersonDraft;
  set: (d: PersonDraft) => void;
  type?: InputType;
}) {
  const value = props.draft[props.name];
  const onInput = (e: Event) =>
    props.set({ ...props.draft, [props.name]: (e.currentTarget as HTMLInputElement).value });
  return (
    <label class="field" htmlFor={`pf-${props.name}`}>
      {t(props.label)}
      {props.type === 'date' ? (
        <input
          id={`pf-${props.name}`}
          data-testid={`person-${props.name}`}
          type="date"
          value={value}
          onInput={onInput}
        />
      ) : (
        <input
          id={`pf-${props.name}`}
          data-testid={`person-${props.name}`}
          type="text"
          inputMode={props.type === 'tel' ? 'tel' : 'text'}
          value={value}
          onInput={onInput}
        />
      )}
    </label>
  );
}

/** How the form was left: saved, the person deleted, or cancelled (null). */
export type PersonFormResult = 'saved' | 'deleted' | null;

/**
 * Adds or edits one person by hand: full personal data, status period, vaccination, expiry; or
 * deletes an existing one (moved out), after a second tap, audited; their passages stay.
 */
export function PersonForm(props: {
  person: Person;
  isNew: boolean;
  onDone: (result: PersonFormResult) => void;
}) {
  const [draft, setDraft] = useState(() => toDraft(props.person));
  const [error, setError] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const resident = draft.kind === 'resident';
  const f = (label: StringKey, name: TextKey, type?: InputType) => (
    <Field label={label} name={name} draft={draft} set={setDraft} type={type} />
  );

  async function submit(e: Event) {
    e.preventDefault();
    const now = Date.now();
    const person = fromDraft(draft, { id: props.person.id, updatedAt: now });
    if (!person) return setError(true);
    await savePerson(person, session.value ?? '', now);
    props.onDone('saved');
  }

  async function remove() {
    await deletePerson(props.person.id, session.value ?? '', Date.now());
    props.onDone('deleted');
  }

  return (
    <form class="panel person-form" data-testid="person-form" onSubmit={submit}>
      <div class="form-grid">
        {f('field_name', 'name')}
        {f('field_phone', 'phone', 'tel')}
        {f('field_building', 'building')}
        {f('field_unit', 'unit')}
        {f('field_room', 'room')}
        <label class="field">
          {t('regStatus')}
          <select
            data-testid="person-status"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value as Person['status'] })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </select>
        </label>
        {f('regFrom', 'statusFrom', 'date')}
        {f('regTo', 'statusTo', 'date')}
        {resident && f('regDoses', 'vaccineDoses')}
        {resident && f('regSeries', 'vaccineSeries')}
        {!resident && f('company', 'company')}
        {!resident && f('plate', 'plate')}
        {!resident && f('regExpiry', 'registeredUntil', 'date')}
      </div>
      {error && (
        <p class="notice" role="alert" data-testid="person-error">
          ✗ {t('regFormBad')}
        </p>
      )}
      <div class="row-actions">
        <button type="submit" class="btn" data-testid="person-save">
          {t('regSave')}
        </button>
        <button type="button" class="btn ghost" onClick={() => props.onDone(null)}>
          {t('regCancel')}
        </button>
        {!props.isNew && !confirming && (
          <button
            type="button"
            class="btn ghost danger"
            data-testid="person-delete"
            onClick={() => setConfirming(true)}
          >
            {t('regDelete')}
          </button>
        )}
      </div>
      {confirming && (
        <div
          class="notice row-actions"
          role="alertdialog"
          aria-label={t('regDelete')}
          data-testid="person-delete-confirm"
        >
          <p>{t('regDeleteAsk', { name: props.person.name })}</p>
          <button
            type="button"
            class="btn danger"
            data-testid="person-delete-yes"
            onClick={() => void remove()}
          >
            {t('regDeleteYes')}
          </button>
          <button
            type="button"
            class="btn ghost"
            data-testid="person-delete-no"
            onClick={() => setConfirming(false)}
          >
            {t('regCancel')}
          </button>
        </div>
      )}
    </form>
  );
}
