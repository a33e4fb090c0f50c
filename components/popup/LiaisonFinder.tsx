import type { LiaisonRow } from '../../utils/view/liaisons';
import { LiaisonItem } from '../common/LiaisonItem';
import { Message } from '../common/Message';
import { SearchField } from '../common/SearchField';
import { useTranslator } from '../common/translator-context';

interface LiaisonFinderProps {
  query: string;
  onQuery: (query: string) => void;
  results: readonly LiaisonRow[];
}

/**
 * For tech ambassadors: type a product, team or name and the list below updates as you type.
 * A plain list (not a listbox) keeps every ping button and talk link reachable with Tab; the
 * count is announced politely so screen reader users hear the results change.
 */
export function LiaisonFinder({ query, onQuery, results }: LiaisonFinderProps) {
  const { t } = useTranslator();
  return (
    <section class="wf-section wf-finder" aria-labelledby="wf-finder-heading">
      <h2 id="wf-finder-heading">{t('wayfinder-popup-finder-heading')}</h2>
      <SearchField
        id="wf-finder-query"
        label={t('wayfinder-popup-finder-label')}
        hint={t('wayfinder-popup-finder-hint')}
        controls="wf-finder-results"
        query={query}
        onQuery={onQuery}
        inputClass="wf-finder__input"
      />
      <p class="wf-finder__count" role="status">
        {results.length === 0 ? t('wayfinder-popup-finder-none') : <Message id="wayfinder-popup-finder-count" params={[results.length]} />}
      </p>
      <ul id="wf-finder-results" class="wf-liaison-list" aria-label={t('wayfinder-popup-finder-results')}>
        {results.map((liaison) => (
          <LiaisonItem key={liaison.id} liaison={liaison} />
        ))}
      </ul>
    </section>
  );
}
