import { auditHref } from '../../utils/view/audit-link';
import { AuditLink } from '../common/AuditLink';
import { useMemo } from 'preact/hooks';
import type { PreparedRegistry } from '../../utils/registry/prepare';
import { directoryView, teamCardView, type TeamCardView } from '../../utils/view/directory';
import { graphLabels, layoutLineageGraph, lineageGraphInput } from '../../utils/view/directory-graph';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';
import { DepartmentGroup } from './DepartmentGroup';
import { DirectorySearch } from './DirectorySearch';
import { LineageDiagram } from './LineageDiagram';
import { useTeamNavigation } from './team-navigation';
import { useAfterFirstScreen } from './use-after-first-screen';

export type DirectoryState = { status: 'loading' } | { status: 'ready'; prepared: PreparedRegistry } | { status: 'failed' };

export interface TeamDirectoryProps {
  state: DirectoryState;
  query: string;
  onQuery: (query: string) => void;
  now: Date;
}

function Directory({ prepared, query, onQuery, now }: Omit<TeamDirectoryProps, 'state'> & { prepared: PreparedRegistry }) {
  const { t, language, direction } = useTranslator();
  // The layout and the cards depend on the registry and the language only, not on the query:
  // typing filters what is already built.
  const layout = useMemo(() => layoutLineageGraph(lineageGraphInput(prepared, graphLabels(t)), direction), [prepared, t, direction]);
  // The cards lie below the diagram, out of the first screen, unless the page opens at a team or
  // a search has narrowed them: otherwise they are built once that screen is drawn.
  const { highlighted } = useTeamNavigation();
  const cardsShown = useAfterFirstScreen(highlighted !== null || query !== '');
  const cards = useMemo(
    () =>
      cardsShown ? new Map<string, TeamCardView>([...prepared.teams.values()].map((team) => [team.id, teamCardView({ prepared, team, now, language, t })])) : null,
    [cardsShown, prepared, language, t, now],
  );
  const view = directoryView(prepared, query, language);
  return (
    <>
      <DirectorySearch query={query} onQuery={onQuery} count={view.count} />
      <LineageDiagram layout={layout} />
      <div id="wf-directory-teams" class="wf-directory__teams" aria-label={t('wayfinder-directory-teams-heading')} role="region" aria-busy={cards === null ? 'true' : 'false'}>
        {cards !== null &&
          view.groups.map((group) => (
            <DepartmentGroup key={group.headingId} department={group.department} headingId={group.headingId} cards={group.teams.map((team) => cards.get(team.id)!)} />
          ))}
      </div>
    </>
  );
}

/** The team directory page: search, the lineage diagram, and every team by department. */
export function TeamDirectory({ state, ...rest }: TeamDirectoryProps) {
  const { t } = useTranslator();
  return (
    <>
      <header class="wf-directory__header">
        <h1>{t('wayfinder-directory-title')}</h1>
        <p>{t('wayfinder-directory-intro')}</p>
        <p>
          <AuditLink href={auditHref()} messageKey="wayfinder-directory-audit-open" />
        </p>
      </header>
      <main class="wf-directory" aria-busy={state.status === 'loading' ? 'true' : 'false'}>
        {state.status === 'loading' && <p class="wf-section">{t('wayfinder-directory-loading')}</p>}
        {state.status === 'failed' && (
          <div class="wf-section">
            <Notice tone="error">
              <p>{t('wayfinder-directory-failed')}</p>
            </Notice>
          </div>
        )}
        {state.status === 'ready' && <Directory prepared={state.prepared} {...rest} />}
      </main>
    </>
  );
}
