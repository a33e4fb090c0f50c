import type { SourceRow } from '../../utils/view/sources';
import { SourceList } from '../common/SourceList';
import { useTranslator } from '../common/translator-context';

/** The sources behind a team's record, each with the date it was last checked. */
export function TeamSources({ sources }: { sources: readonly SourceRow[] }) {
  const { t } = useTranslator();
  if (sources.length === 0) return null;
  return (
    <div class="wf-team__section wf-team__sources-section">
      <h4>{t('wayfinder-sources-heading')}</h4>
      <SourceList sources={sources} class="wf-team__sources" />
    </div>
  );
}
