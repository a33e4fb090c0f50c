import { useTranslator } from '../common/translator-context';

/** Turns the note by the title of historical pages on or off; the change applies at once. */
export function BadgeSetting({ enabled, onChange }: { enabled: boolean; onChange: (enabled: boolean) => void }) {
  const { t } = useTranslator();
  return (
    <section class="wf-section" aria-labelledby="wf-badge-heading">
      <h2 id="wf-badge-heading">{t('wayfinder-options-badge-heading')}</h2>
      <div class="wf-checkbox">
        <input id="wf-badge-enabled" type="checkbox" checked={enabled} onChange={(event) => onChange(event.currentTarget.checked)} />
        <label for="wf-badge-enabled">{t('wayfinder-options-badge-label')}</label>
      </div>
    </section>
  );
}
