import { cdxIconUserGroup } from '@wikimedia/codex-icons';
import type { ConfidenceView } from '../../utils/view/confidence';
import type { LineageView } from '../../utils/view/lineage';
import type { OwnerCardView } from '../../utils/view/owner-card';
import type { PathDiagramView } from '../../utils/view/path-diagram';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';
import { ConfidenceDetails } from './ConfidenceDetails';
import { LineageTimeline } from './LineageTimeline';
import { PathDiagram } from './PathDiagram';

interface OwnerCardProps {
  owner: OwnerCardView;
  lineage: LineageView;
  diagram: PathDiagramView | null;
  confidence: ConfidenceView;
}

/** "Owned now by": today's team, its department and page, how it got here and how sure that is. */
export function OwnerCard({ owner, lineage, diagram, confidence }: OwnerCardProps) {
  const { t } = useTranslator();
  return (
    <section class="wf-section wf-owner" aria-labelledby="wf-owner-heading">
      <h2 id="wf-owner-heading">{t('wayfinder-owner-heading')}</h2>
      <p class="wf-owner__team">
        <span class="wf-owner__name">
          <Icon icon={cdxIconUserGroup} />
          <span>
            {owner.qualifier !== null && <span class="wf-owner__qualifier">{t(owner.qualifier.key)} </span>}
            <bdi>{owner.teamName}</bdi>
          </span>
        </span>
        {owner.teamStatus !== 'active' && <span class="wf-tag wf-tag--warning">{t(`wayfinder-team-status-${owner.teamStatus}`)}</span>}
      </p>
      <p class="wf-owner__department">
        {owner.department === null ? (
          t('wayfinder-owner-department-unknown')
        ) : owner.departmentAsOf === null ? (
          <Message id="wayfinder-owner-department" params={[owner.department]} />
        ) : (
          <Message id="wayfinder-owner-department-as-of" params={[owner.department, owner.departmentAsOf]} />
        )}
      </p>
      {owner.teamPage !== null && (
        <p>
          <WikiLink href={owner.teamPage.href}>
            <Message id="wayfinder-owner-team-page" params={[owner.teamPage.title]} />
          </WikiLink>
        </p>
      )}
      {owner.teamPageWarnings.map((warning, index) => (
        <Notice key={index} tone="warning">
          <p>
            {warning.href === null ? (
              <Message id={warning.text.key} params={warning.text.params} />
            ) : (
              <WikiLink href={warning.href}>
                <Message id={warning.text.key} params={warning.text.params} />
              </WikiLink>
            )}
          </p>
        </Notice>
      ))}
      {diagram !== null && <PathDiagram diagram={diagram} />}
      <LineageTimeline lineage={lineage} />
      <ConfidenceDetails confidence={confidence} />
    </section>
  );
}
