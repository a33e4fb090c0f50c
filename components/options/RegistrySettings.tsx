import { useEffect, useState } from 'preact/hooks';
import { defaultRegistryPage, registryPageErrors } from '../../utils/view/options';
import { registryCheckView } from '../../utils/view/options-registry';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { RegistryCheckNote } from './RegistryCheckNote';
import { useRegistryCheck, type CheckRegistryPage } from './use-registry-check';

interface RegistrySettingsProps {
  host: string;
  title: string;
  onSave: (page: { registryHost: string; registryTitle: string }) => Promise<void>;
  onCheck: CheckRegistryPage;
}

/** The host and title as they are saved: the host in lower case, the title trimmed. */
const cleaned = (page: { host: string; title: string }) => ({ host: page.host.trim().toLowerCase(), title: page.title.trim() });

/**
 * Which wiki page holds the on-wiki registry: checked as typed, first by its shape, then, once
 * typing pauses, on the wiki (does the page exist, or was it deleted); saved only when valid.
 */
export function RegistrySettings({ host, title, onSave, onCheck }: RegistrySettingsProps) {
  const { t, language } = useTranslator();
  const [typedHost, setTypedHost] = useState(host);
  const [typedTitle, setTypedTitle] = useState(title);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  // The stored values can change elsewhere (another options tab, a reset): show what is stored.
  useEffect(() => {
    setTypedHost(host);
    setTypedTitle(title);
  }, [host, title]);
  const errors = registryPageErrors(typedHost, typedTitle);
  const showErrors = submitted && (errors.host !== null || errors.title !== null);
  const typed = errors.host === null && errors.title === null ? cleaned({ host: typedHost, title: typedTitle }) : null;
  const check = useRegistryCheck(typed, { host, title }, onCheck);

  const save = (page: { host: string; title: string }) => {
    setSubmitted(true);
    setSaved(false);
    const found = registryPageErrors(page.host, page.title);
    if (found.host !== null || found.title !== null) return;
    const { host: registryHost, title: registryTitle } = cleaned(page);
    void onSave({ registryHost, registryTitle }).then(() => setSaved(true));
  };

  return (
    <section class="wf-section" aria-labelledby="wf-registry-heading">
      <h2 id="wf-registry-heading">{t('wayfinder-options-registry-heading')}</h2>
      <p>{t('wayfinder-options-registry-intro')}</p>
      <form
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          save({ host: typedHost, title: typedTitle });
        }}
      >
        <div class="wf-field">
          <label class="wf-field__label" for="wf-registry-host">
            {t('wayfinder-options-registry-host')}
          </label>
          <input
            id="wf-registry-host"
            class="wf-input"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            dir="ltr"
            value={typedHost}
            aria-invalid={showErrors && errors.host !== null ? 'true' : 'false'}
            aria-describedby="wf-registry-host-hint wf-registry-host-error"
            onInput={(event) => setTypedHost(event.currentTarget.value)}
          />
          <span id="wf-registry-host-hint" class="wf-field__hint">
            {t('wayfinder-options-registry-host-hint')}
          </span>
          <span id="wf-registry-host-error" class="wf-field__error">
            {showErrors && errors.host !== null && <Message id={errors.host.key} params={errors.host.params} />}
          </span>
        </div>
        <div class="wf-field">
          <label class="wf-field__label" for="wf-registry-title">
            {t('wayfinder-options-registry-title')}
          </label>
          <input
            id="wf-registry-title"
            class="wf-input"
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={typedTitle}
            aria-invalid={showErrors && errors.title !== null ? 'true' : 'false'}
            aria-describedby="wf-registry-title-error wf-registry-check"
            onInput={(event) => setTypedTitle(event.currentTarget.value)}
          />
          <span id="wf-registry-title-error" class="wf-field__error">
            {showErrors && errors.title !== null && <Message id={errors.title.key} params={errors.title.params} />}
          </span>
        </div>
        <div id="wf-registry-check" aria-live="polite">
          {check.status === 'checking' && <p class="wf-subtle">{t('wayfinder-options-registry-checking')}</p>}
          {check.status === 'done' && typed !== null && <RegistryCheckNote view={registryCheckView(check.check, typed.host, language)} />}
        </div>
        <div class="wf-options__actions">
          <button type="submit" class="wf-button wf-button--progressive">
            {t('wayfinder-options-save')}
          </button>
          <button
            type="button"
            class="wf-button"
            onClick={() => {
              setTypedHost(defaultRegistryPage.host);
              setTypedTitle(defaultRegistryPage.title);
              save(defaultRegistryPage);
            }}
          >
            {t('wayfinder-options-reset')}
          </button>
          <span role="status" class="wf-options__status">
            {saved && t('wayfinder-options-saved')}
          </span>
        </div>
      </form>
    </section>
  );
}
