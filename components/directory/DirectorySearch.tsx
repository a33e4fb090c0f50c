import { Message } from '../common/Message';
import { SearchField } from '../common/SearchField';
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
      <SearchField
        id="wf-directory-query"
        labelId="wf-directory-search-label"
        label={t('wayfinder-directory-search-label')}
        hint={t('wayfinder-directory-search-hint')}
        controls="wf-directory-teams"
        query={query}
        onQuery={onQuery}
        inputClass="wf-directory__input"
      />
      <p class="wf-directory__count" role="status">
        <Message id={count.key} params={count.params} />
      </p>
    </section>
  );
}
