import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { maxAuditPages, maxCategoryDepth, type AuditInput } from '../../utils/audit/audit-input';
import type { PastedTitles } from '../../utils/audit/pasted-titles';
import { auditDepths, auditInputFromForm, auditKindFields, auditKinds, type AuditForm as AuditFormState, type AuditFormField } from '../../utils/view/audit-form';
import { useTranslator } from '../common/translator-context';
import { AuditPasted } from './AuditPasted';

interface AuditFormProps {
  form: AuditFormState;
  onForm: (form: AuditFormState) => void;
  onStart: (input: AuditInput) => void;
  /** A run is shown below, which starting replaces. */
  replacesRun: boolean;
}

const fieldId = (field: AuditFormField) => `wf-audit-field-${field}`;

interface FieldProps {
  field: AuditFormField;
  /** The label's message; the hint's is the same key with `-hint`. */
  labelKey: string;
  hintParams?: (string | number)[];
  invalid: boolean;
  children: (attributes: { id: string; 'aria-describedby': string; 'aria-invalid': boolean }) => JSX.Element;
}

/** A labelled control with its hint, and its error when the last start found it wrong. */
function Field({ field, labelKey, hintParams = [], invalid, children }: FieldProps) {
  const { t } = useTranslator();
  const id = fieldId(field);
  const describedBy = invalid ? `${id}-error ${id}-hint` : `${id}-hint`;
  return (
    <div class="wf-field">
      <label class="wf-field__label" for={id}>
        {t(labelKey)}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': invalid })}
      <span id={`${id}-hint`} class="wf-field__hint">
        {t(`${labelKey}-hint`, ...hintParams)}
      </span>
      {invalid && (
        <span id={`${id}-error`} class="wf-field__error">
          {t(`wayfinder-audit-invalid-${field}`, maxAuditPages)}
        </span>
      )}
    </div>
  );
}

/** What to audit: a kind, the wiki, and the kind's own fields; checked by the input schema before it is sent. */
export function AuditForm({ form, onForm, onStart, replacesRun }: AuditFormProps) {
  const { t } = useTranslator();
  const [invalid, setInvalid] = useState<readonly AuditFormField[]>([]);
  const [pasted, setPasted] = useState<PastedTitles | null>(null);
  const set = (field: AuditFormField) => (event: { currentTarget: { value: string } }) => onForm({ ...form, [field]: event.currentTarget.value });
  const isInvalid = (field: AuditFormField) => invalid.includes(field);
  const fields = auditKindFields(form.kind);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = auditInputFromForm(form);
    setPasted(result.pasted);
    if (result.ok) {
      setInvalid([]);
      onStart(result.input);
      return;
    }
    setInvalid(result.invalid);
    // The first wrong field takes the focus, so its error is read out with its label.
    const first = result.invalid[0];
    if (first !== undefined) document.getElementById(fieldId(first))?.focus();
  };

  const text = (field: AuditFormField, labelKey: string) => (
    <Field field={field} labelKey={labelKey} invalid={isInvalid(field)}>
      {(attributes) => <input {...attributes} class="wf-input" type="text" spellcheck={false} value={form[field]} onInput={set(field)} />}
    </Field>
  );

  return (
    <section class="wf-audit__section" aria-labelledby="wf-audit-form-heading">
      <h2 id="wf-audit-form-heading">{t('wayfinder-audit-form-heading')}</h2>
      <form class="wf-audit-form" onSubmit={submit} noValidate>
        <fieldset class="wf-audit-form__kinds">
          <legend class="wf-field__label">{t('wayfinder-audit-kind-legend')}</legend>
          {auditKinds.map((kind) => (
            <label key={kind} class="wf-audit-form__kind">
              <input type="radio" name="kind" value={kind} checked={form.kind === kind} onChange={() => onForm({ ...form, kind })} />
              {t(`wayfinder-audit-kind-${kind}`)}
            </label>
          ))}
        </fieldset>
        {text('host', 'wayfinder-audit-field-host')}
        {fields.includes('category') && text('category', 'wayfinder-audit-field-category')}
        {fields.includes('depth') && (
          <Field field="depth" labelKey="wayfinder-audit-field-depth" hintParams={[maxCategoryDepth]} invalid={isInvalid('depth')}>
            {(attributes) => (
              <select {...attributes} class="wf-input wf-audit-form__narrow" value={form.depth} onChange={set('depth')}>
                {auditDepths.map((depth) => (
                  <option key={depth} value={String(depth)}>
                    {depth}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {fields.includes('namespace') && (
          <Field field="namespace" labelKey="wayfinder-audit-field-namespace" invalid={isInvalid('namespace')}>
            {(attributes) => <input {...attributes} class="wf-input wf-audit-form__narrow" type="text" inputMode="numeric" value={form.namespace} onInput={set('namespace')} />}
          </Field>
        )}
        {fields.includes('prefix') && text('prefix', 'wayfinder-audit-field-prefix')}
        {fields.includes('target') && text('target', `wayfinder-audit-field-target-${form.kind}`)}
        {fields.includes('titles') && (
          <Field field="titles" labelKey="wayfinder-audit-field-titles" hintParams={[maxAuditPages]} invalid={isInvalid('titles')}>
            {(attributes) => <textarea {...attributes} class="wf-input wf-audit-form__titles" rows={8} spellcheck={false} value={form.titles} onInput={set('titles')} />}
          </Field>
        )}
        {fields.includes('team') && text('team', 'wayfinder-audit-field-team')}
        {form.kind === 'titles' && pasted !== null && <AuditPasted pasted={pasted} />}
        <div class="wf-audit-form__actions">
          <button type="submit" class="wf-button wf-button--progressive" aria-describedby={replacesRun ? 'wf-audit-replaces' : undefined}>
            {t('wayfinder-audit-start')}
          </button>
          {replacesRun && (
            <span id="wf-audit-replaces" class="wf-field__hint">
              {t('wayfinder-audit-start-replaces')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
