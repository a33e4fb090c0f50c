import { cdxIconArrowNext, cdxIconArrowPrevious } from '@wikimedia/codex-icons';
import type { LineageEdgeRow, TeamCardView } from '../../utils/view/directory';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { TeamLink } from './TeamLink';

function EdgeItem({ edge, incoming }: { edge: LineageEdgeRow; incoming: boolean }) {
  return (
    <li class="wf-team-lineage__edge">
      <Icon icon={incoming ? cdxIconArrowPrevious : cdxIconArrowNext} />
      <span>
        <Message id={edge.key} params={[{ element: <TeamLink team={edge.team} /> }]} />
        <span class="wf-subtle"> · {edge.when}</span>
        {edge.certainty !== null && (
          <>
            {' '}
            <span class="wf-tag wf-tag--warning">{edge.certainty}</span>
          </>
        )}
      </span>
    </li>
  );
}

/**
 * Where the team's work came from and where it went: every edge of the lineage graph at this
 * team, with its kind, date and how sure it is. Together these lists are the text version of
 * the diagram.
 */
export function TeamLineage({ card }: { card: TeamCardView }) {
  const { t } = useTranslator();
  const empty = card.incoming.length === 0 && card.outgoing.length === 0 && card.dissolved === null;
  return (
    <div class="wf-team__section wf-team__lineage">
      <h4>{t('wayfinder-directory-lineage-heading')}</h4>
      {empty ? (
        <p class="wf-subtle">{t('wayfinder-directory-lineage-none')}</p>
      ) : (
        <ul class="wf-team-lineage">
          {card.incoming.map((edge, index) => (
            <EdgeItem key={`in-${index}`} edge={edge} incoming />
          ))}
          {card.outgoing.map((edge, index) => (
            <EdgeItem key={`out-${index}`} edge={edge} incoming={false} />
          ))}
          {card.dissolved !== null && (
            <li class="wf-team-lineage__edge">
              <Icon icon={cdxIconArrowNext} />
              <span>
                {card.dissolved.partsMovedBy === null ? (
                  <Message id="wayfinder-directory-dissolved" params={[card.dissolved.when]} />
                ) : (
                  <Message id="wayfinder-directory-dissolved-parts-moved" params={[card.dissolved.when, card.dissolved.partsMovedBy]} />
                )}
                {card.dissolved.certainty !== null && (
                  <>
                    {' '}
                    <span class="wf-tag wf-tag--warning">{card.dissolved.certainty}</span>
                  </>
                )}
              </span>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
