import type { WikiPage } from '../../utils/page/wiki-page';
import { defaultRuleWiki } from '../../utils/registry/default-wiki';
import type { PageReport } from '../../utils/report/page-report';
import { communityOwnerView } from '../../utils/view/community-owner';
import { confidenceView } from '../../utils/view/confidence';
import { contactsView } from '../../utils/view/contacts';
import { grantsView } from '../../utils/view/grants';
import { liaisonRows } from '../../utils/view/liaisons';
import { lineageView } from '../../utils/view/lineage';
import { ownerCardView } from '../../utils/view/owner-card';
import { pathDiagramView } from '../../utils/view/path-diagram';
import { successorMapView } from '../../utils/view/successor-map';
import { pageHeaderView } from '../../utils/view/page-header';
import { isAnswer, panelState } from '../../utils/view/panel-state';
import type { RegistryPage } from '../../utils/view/sources';
import { Message } from '../common/Message';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';
import { CommunityOwner } from './CommunityOwner';
import { ContactsSection } from './ContactsSection';
import { GrantsSection } from './GrantsSection';
import { LiaisonsSection } from './LiaisonsSection';
import { LoadingPlaceholder } from './LoadingPlaceholder';
import { OwnerCard } from './OwnerCard';
import { PageHeader } from './PageHeader';
import { PanelNotices } from './PanelNotices';
import { LazySourcesFooter, sourcesFooterLoaded } from './LazySourcesFooter';
import { SuccessorMapCard } from './SuccessorMapCard';
import { UnknownOwner } from './UnknownOwner';

export interface SidePanelProps {
  /** undefined while the active tab is being found; null when it is no page the panel may read. */
  url: string | null | undefined;
  page: WikiPage | null;
  report: PageReport | null;
  registryPage: RegistryPage;
  now: Date;
  onRetry: () => void;
}

function Answer({ report, now }: { report: PageReport; now: Date }) {
  const { t, language } = useTranslator();
  const { ownership } = report;
  const lineage = lineageView(ownership.chain, t);
  const confidence = confidenceView(ownership);
  const owner = ownerCardView(ownership, report.teamPage);
  const community = communityOwnerView(ownership);
  const contacts = contactsView({
    contacts: ownership.contacts,
    hasTeamPage: ownership.teamPage !== null,
    teamPage: report.teamPage,
    refining: report.phase !== 'complete' && report.failures.length === 0,
    now,
    language,
  });
  const grants = grantsView(ownership.programmes, report.relatedGrantPages, defaultRuleWiki, language);
  const liaisons = liaisonRows(ownership.liaisons, report.teamPage?.liaisonAccounts);
  const diagram = pathDiagramView(ownership);
  const successors = ownership.successorMap === null ? null : successorMapView(ownership.successorMap, language);
  return (
    <>
      {owner !== null ? (
        <OwnerCard owner={owner} lineage={lineage} diagram={diagram} confidence={confidence} />
      ) : community !== null ? (
        <CommunityOwner body={community} confidence={confidence} />
      ) : successors !== null ? (
        <SuccessorMapCard map={successors} diagram={diagram} lineage={lineage} confidence={confidence} />
      ) : (
        <UnknownOwner lineage={lineage} confidence={confidence} />
      )}
      {(owner !== null || contacts.channels.length > 0) && <ContactsSection contacts={contacts} showStaff={owner !== null} />}
      <GrantsSection grants={grants} />
      {/* Community Relations liaisons speak for Foundation teams, not for a community body. */}
      {community === null && <LiaisonsSection liaisons={liaisons} />}
    </>
  );
}

/** The side panel for one page, in whichever state its data is. */
export function SidePanel({ url, page, report, registryPage, now, onRetry }: SidePanelProps) {
  const { t, language } = useTranslator();
  const state = panelState({ url, page, report, now, language });
  const header = page === null ? null : pageHeaderView(page, report);
  const reportTitle = report?.ownership.topic.title ?? page?.title ?? '';
  return (
    <>
      {header === null ? (
        <header class="wf-page-header">
          <h1 class="wf-page-header__title">{t('wayfinder-panel-title')}</h1>
        </header>
      ) : (
        <PageHeader view={header} refining={state.refining && state.kind !== 'loading'} />
      )}
      {/* Busy until the answer is whole, the footer below it included (it loads just after the first screen). */}
      <main class="wf-panel" aria-busy={state.refining || (report !== null && !sourcesFooterLoaded.value) ? 'true' : 'false'}>
        <PanelNotices state={state} onRetry={onRetry} />
        {state.kind === 'waiting' && <LoadingPlaceholder messageKey="wayfinder-panel-waiting" />}
        {state.kind === 'loading' && <LoadingPlaceholder messageKey="wayfinder-panel-loading" />}
        {state.kind === 'not-wikimedia' && (
          <div class="wf-section">
            <Notice tone="notice">
              <p>{t('wayfinder-not-wikimedia')}</p>
            </Notice>
          </div>
        )}
        {state.kind === 'special' && (
          <div class="wf-section">
            <Notice tone="notice">
              <p>
                <Message id="wayfinder-special-page" params={[header?.title ?? '']} />
              </p>
            </Notice>
          </div>
        )}
        {report !== null && isAnswer(state.kind) && <Answer report={report} now={now} />}
      </main>
      {report !== null && state.kind !== 'not-wikimedia' && (
        <LazySourcesFooter
          input={{
            status: report.registry,
            sources: report.ownership.sources,
            registryPage,
            reportTitle: t('wayfinder-report-outdated-preload', reportTitle),
            language,
          }}
          page={report.page}
        />
      )}
    </>
  );
}
