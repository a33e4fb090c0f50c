import type { LanguageOption } from '../../utils/view/options';
import { useTranslator } from '../common/translator-context';

interface LanguageSettingProps {
  value: string;
  options: readonly LanguageOption[];
  onChange: (language: string) => void;
}

/** The interface language: the browser's, or one the extension has messages for. */
export function LanguageSetting({ value, options, onChange }: LanguageSettingProps) {
  const { t } = useTranslator();
  return (
    <section class="wf-section" aria-labelledby="wf-language-heading">
      <h2 id="wf-language-heading">{t('wayfinder-options-language-heading')}</h2>
      <div class="wf-field">
        <label class="wf-field__label" for="wf-language">
          {t('wayfinder-options-language-label')}
        </label>
        <select id="wf-language" class="wf-input" value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          <option value="auto">{t('wayfinder-options-language-auto')}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code} lang={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
