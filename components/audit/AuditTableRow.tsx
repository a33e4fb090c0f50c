import type { AuditRow } from '../../utils/audit/audit-row';
import { reportOutdatedUrl } from '../../utils/audit/report-outdated';
import { pageUrl } from '../../utils/page/title';
import { talkPageTitle } from '../../utils/view/sources';
import { shortLineage } from '../../utils/view/audit-table';
import { formatDate } from '../../utils/view/relative-time';
import { Message } from '../common/Message';
import { WikiLink } from '../common/WikiLink';
import { useTranslator } from '../common/translator-context';

interface AuditTableRowProps {
  host: string;
  row: AuditRow;
  /** Today, for the date in a report's subject. */
  todayIso: string;
}

function Owner({ row }: { row: AuditRow }) {
  const { t } = useTranslator();
  if (row.owner !== null) return <bdi>{row.owner.name}</bdi>;
  if (row.status === 'split') return <>{row.splitOwners === null ? t('wayfinder-audit-owner-split-several') : t('wayfinder-audit-owner-split', row.splitOwners)}</>;
  if (row.status === 'community' && row.runBy !== null) return <Message id="wayfinder-audit-owner-community" params={[row.runBy]} />;
  return <>{t(`wayfinder-audit-status-${row.status}`)}</>;
}

function Lineage({ lineage }: { lineage: readonly string[] }) {
  const { t } = useTranslator();
  if (lineage.length === 0) return null;
  const { names, skipped } = shortLineage(lineage);
  const [first, ...later] = names;
  return (
    <ol class="wf-audit-lineage">
      <li>
        <bdi>{first}</bdi>
      </li>
      {skipped > 0 && <li class="wf-audit-lineage__skipped">{t('wayfinder-audit-lineage-skipped', skipped)}</li>}
      {later.map((name, index) => (
        <li key={index}>
          <bdi>{name}</bdi>
        </li>
      ))}
    </ol>
  );
}

function TeamPage({ host, teamPage }: { host: string; teamPage: AuditRow['teamPage'] }) {
  const { t } = useTranslator();
  if (teamPage === null) return <>{t('wayfinder-audit-team-page-none')}</>;
  return (
    <>
      <span class={`wf-audit-team-page wf-audit-team-page--${teamPage.state}`}>{t(`wayfinder-audit-team-page-${teamPage.state}`)}</span>{' '}
      <WikiLink href={pageUrl({ host }, teamPage.title)}>
        <bdi>{teamPage.title}</bdi>
      </WikiLink>
      {teamPage.movedTo !== null && (
        <>
          {' '}
          <Message id="wayfinder-audit-team-page-moved-to" params={[{ element: <WikiLink href={pageUrl({ host }, teamPage.movedTo)}><bdi>{teamPage.movedTo}</bdi></WikiLink> }]} />
        </>
      )}
    </>
  );
}

/** One audited page in a line: what the side panel would say of it, and a link to report it out of date. */
export function AuditTableRow({ host, row, todayIso }: AuditTableRowProps) {
  const { t, language } = useTranslator();
  const talk = talkPageTitle(row.title, host);
  const report = reportOutdatedUrl(host, row, todayIso);
  return (
    <tr>
      <th scope="row" class="wf-audit-table__page">
        <WikiLink href={pageUrl({ host }, row.title)}>
          <bdi>{row.title}</bdi>
        </WikiLink>
        {talk !== null && (
          <>
            {' '}
            <span class="wf-subtle">
              (<WikiLink href={pageUrl({ host }, talk)}>{t('wayfinder-talk')}</WikiLink>)
            </span>
          </>
        )}
        {row.redirectedFrom !== null && (
          <span class="wf-audit-table__note">
            <Message id="wayfinder-audit-redirected-from" params={[row.redirectedFrom]} />
          </span>
        )}
        {!row.exists && <span class="wf-tag wf-tag--warning">{t('wayfinder-audit-page-missing')}</span>}
      </th>
      <td>
        <Owner row={row} />
        <span class="wf-audit-table__note">
          {t(`wayfinder-confidence-${row.confidence}`)} · {t(`wayfinder-audit-certainty-${row.certainty}`)}
        </span>
      </td>
      <td>
        <Lineage lineage={row.lineage} />
      </td>
      <td>{row.historical ? <span class="wf-tag">{t('wayfinder-audit-historical-yes')}</span> : t('wayfinder-audit-historical-no')}</td>
      <td>
        <TeamPage host={host} teamPage={row.teamPage} />
      </td>
      <td>
        {row.lastEdit !== null && <Message id="wayfinder-audit-last-edit" params={[formatDate(row.lastEdit.timestamp, language), row.lastEdit.user]} />}
      </td>
      <td>
        {report !== null && (
          <WikiLink href={report}>
            {t('wayfinder-audit-report-outdated')}
            <span class="wf-visually-hidden">
              {' '}
              <bdi>{row.title}</bdi>
            </span>
          </WikiLink>
        )}
      </td>
    </tr>
  );
}
