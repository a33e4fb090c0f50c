import type { ConfidenceView } from '../../utils/view/confidence';
import type { LineageView } from '../../utils/view/lineage';
import type { PathDiagramView } from '../../utils/view/path-diagram';
import type { SuccessorMapView } from '../../utils/view/successor-map';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { ConfidenceDetails } from './ConfidenceDetails';
import { LineageTimeline } from './LineageTimeline';
import { PathDiagram } from './PathDiagram';
import { SuccessorRowItem } from './SuccessorRowItem';

interface SuccessorMapCardProps {
  map: SuccessorMapView;
  diagram: PathDiagramView | null;
  lineage: LineageView;
  confidence: ConfidenceView;
}

/**
 * "Where its parts are now": for a page of a team that split or was dissolved, each former
 * part and the team that holds its work today, instead of a single owner.
 */
export function SuccessorMapCard({ map, diagram, lineage, confidence }: SuccessorMapCardProps) {
  const { t } = useTranslator();
  return (
    <section class="wf-section wf-owner" aria-labelledby="wf-successors-heading">
      <h2 id="wf-successors-heading">{t('wayfinder-successors-heading')}</h2>
      <p>
        <Message id={map.summary.key} params={map.summary.params} />{' '}
        <Message id={map.count.key} params={map.count.params} />
      </p>
      {map.leaders.length > 0 && (
        <p class="wf-subtle">
          {t('wayfinder-successors-leaders')}{' '}
          {map.leaders.map((leader, index) => (
            <span key={index}>
              {index > 0 && t('wayfinder-list-separator')}
              <Message id={leader.key} params={leader.params} />
            </span>
          ))}
        </p>
      )}
      {diagram !== null && <PathDiagram diagram={diagram} />}
      <ul class="wf-successors">
        {map.rows.map((row) => (
          <SuccessorRowItem key={row.key} row={row} />
        ))}
      </ul>
      <LineageTimeline lineage={lineage} />
      <ConfidenceDetails confidence={confidence} />
    </section>
  );
}
