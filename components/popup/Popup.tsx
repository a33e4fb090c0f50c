import type { QuickLink } from '../../utils/registry/schema';
import type { LiaisonRow } from '../../utils/view/liaisons';
import type { MessageSpec } from '../../utils/view/message-spec';
import { auditHref } from '../../utils/view/audit-link';
import { AuditLink } from '../common/AuditLink';
import { DirectoryLink } from '../common/DirectoryLink';
import { useTranslator } from '../common/translator-context';
import { CurrentPageOwner } from './CurrentPageOwner';
import { LiaisonFinder } from './LiaisonFinder';
import { QuickLinks } from './QuickLinks';

export interface PopupProps {
  ownerLine: MessageSpec;
  onOpenSidebar: () => void;
  openFailed: boolean;
  quickLinks: readonly QuickLink[];
  query: string;
  onQuery: (query: string) => void;
  liaisons: readonly LiaisonRow[];
}

/** The toolbar popup: this page's owner, quick links, the team directory, and the liaison finder. */
export function Popup(props: PopupProps) {
  const { t } = useTranslator();
  return (
    <>
      <header class="wf-popup__header">
        <h1>{t('wayfinder-popup-title')}</h1>
      </header>
      <main class="wf-popup">
        <CurrentPageOwner line={props.ownerLine} onOpenSidebar={props.onOpenSidebar} openFailed={props.openFailed} />
        <QuickLinks links={props.quickLinks} />
        <p class="wf-section wf-popup__directory">
          <DirectoryLink messageKey="wayfinder-directory-open" />{' '}
          <AuditLink href={auditHref()} messageKey="wayfinder-popup-audit" />
        </p>
        <LiaisonFinder query={props.query} onQuery={props.onQuery} results={props.liaisons} />
      </main>
    </>
  );
}
