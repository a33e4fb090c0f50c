import type { SourceRow } from '../../utils/view/sources';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';

/** The sources behind a team's record, each with the date it was last checked. */
export function TeamSources({ sources }: { sources: readonly SourceRow[] }) {
  const { t } = useTranslator();
  if (sources.length === 0) return null;
  return (
    <div class="wf-team__section wf-team__sources-section">
      <h4>{t('wayfinder-sources-heading')}</h4>
      <ul class="wf-team__sources">
        {sources.map((source, index) => (
          <li key={index}>
            {source.href === null ? (
              <bdi>{source.label}</bdi>
            ) : (
              <WikiLink href={source.href}>
                <bdi>{source.label}</bdi>
              </WikiLink>
            )}{' '}
            <span class="wf-subtle">
              <Message id="wayfinder-sources-verified" params={[source.verified]} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
