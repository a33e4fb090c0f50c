import { cdxIconSearch } from '@wikimedia/codex-icons';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';

interface DirectorySearchProps {
  query: string;
  onQuery: (query: string) => void;
  count: { key: string; params: number[] };
}

/**
 * Filters the teams as you type. The count sits in a polite live region, so screen reader
 * users hear how many teams match without leaving the box.
 */
export function DirectorySearch({ query, onQuery, count }: DirectorySearchProps) {
  const { t } = useTranslator();
  return (
    <section class="wf-section wf-directory__search" role="search" aria-labelledby="wf-directory-search-label">
      <div class="wf-field">
        <label id="wf-directory-search-label" class="wf-field__label" for="wf-directory-query">
          {t('wayfinder-directory-search-label')}
        </label>
        <div class="wf-directory__input">
          <Icon icon={cdxIconSearch} />
          <input
            id="wf-directory-query"
            class="wf-input"
            type="search"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="wf-directory-search-hint"
            aria-controls="wf-directory-teams"
            value={query}
            onInput={(event) => onQuery(event.currentTarget.value)}
          />
        </div>
        <span id="wf-directory-search-hint" class="wf-field__hint">
          {t('wayfinder-directory-search-hint')}
        </span>
      </div>
      <p class="wf-directory__count" role="status">
        <Message id={count.key} params={count.params} />
      </p>
    </section>
  );
}
