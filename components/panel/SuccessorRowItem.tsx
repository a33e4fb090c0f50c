import type { SuccessorRow } from '../../utils/view/successor-map';
import { Message } from '../common/Message';
import { SourceList } from '../common/SourceList';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';
import { ContactChannels } from './ContactChannels';

/** One former part: its name (and the parts it sat in), then the team that has its work now. */
export function SuccessorRowItem({ row }: { row: SuccessorRow }) {
  const { t } = useTranslator();
  const { now } = row;
  return (
    <li class="wf-successor">
      <p class="wf-successor__part">
        {row.path.map((name, index) => (
          <span key={index}>
            {index > 0 && <span aria-hidden="true"> › </span>}
            <bdi>{name}</bdi>
          </span>
        ))}
        {row.earlier.length > 0 && (
          <span class="wf-subtle">
            {' '}
            <Message id="wayfinder-successors-earlier" params={[row.earlier.join(t('wayfinder-list-separator'))]} />
          </span>
        )}
      </p>
      {now === null ? (
        <p class="wf-successor__now wf-successor__now--unknown">
          <span class="wf-tag wf-tag--warning">{t('wayfinder-successors-now-unknown')}</span>{' '}
          {row.unknownReason !== null && <Message id={row.unknownReason.key} params={row.unknownReason.params} />}
        </p>
      ) : (
        <p class="wf-successor__now">
          <span class="wf-diagram__label">{t('wayfinder-diagram-now')}</span>{' '}
          {row.qualifier !== null && <span class="wf-tag">{t(row.qualifier.key)}</span>}{' '}
          <a href={now.href} target="_blank" rel="noopener">
            {now.department === null || now.department === now.name ? (
              <bdi>{now.name}</bdi>
            ) : (
              <Message id="wayfinder-lineage-team-in-department" params={[now.department, now.name]} />
            )}
          </a>
          {now.status !== 'active' && <span class="wf-tag wf-tag--warning"> {t(`wayfinder-team-status-${now.status}`)}</span>}
          {now.teamPageHref !== null && (
            <>
              {' · '}
              <WikiLink href={now.teamPageHref}>{t('wayfinder-successors-team-page')}</WikiLink>
            </>
          )}
        </p>
      )}
      {row.contact !== null && <ContactChannels channels={[row.contact]} />}
      {row.sources.length > 0 && (
        <details class="wf-successor__sources">
          <summary>{t('wayfinder-successors-sources', row.sources.length)}</summary>
          <SourceList sources={row.sources} />
        </details>
      )}
    </li>
  );
}
