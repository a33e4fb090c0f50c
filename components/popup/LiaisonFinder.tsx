import { cdxIconSearch } from '@wikimedia/codex-icons';
import type { LiaisonRow } from '../../utils/view/liaisons';
import { Icon } from '../common/Icon';
import { LiaisonItem } from '../common/LiaisonItem';
import { Message } from '../common/Message';
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
      <h2 id="wf-finder-heading">{t('wayfinder-finder-heading')}</h2>
      <div class="wf-field">
        <label class="wf-field__label" for="wf-finder-query">
          {t('wayfinder-finder-label')}
        </label>
        <div class="wf-finder__input">
          <Icon icon={cdxIconSearch} />
          <input
            id="wf-finder-query"
            class="wf-input"
            type="search"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="wf-finder-hint"
            aria-controls="wf-finder-results"
            value={query}
            onInput={(event) => onQuery(event.currentTarget.value)}
          />
        </div>
        <span id="wf-finder-hint" class="wf-field__hint">
          {t('wayfinder-finder-hint')}
        </span>
      </div>
      <p class="wf-finder__count" role="status">
        {results.length === 0 ? t('wayfinder-finder-none') : <Message id="wayfinder-finder-count" params={[results.length]} />}
      </p>
      <ul id="wf-finder-results" class="wf-liaison-list" aria-label={t('wayfinder-finder-results')}>
        {results.map((liaison) => (
          <LiaisonItem key={liaison.id} liaison={liaison} />
        ))}
      </ul>
    </section>
  );
}
