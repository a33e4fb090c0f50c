import type { DiagramNode, PathDiagramView } from '../../utils/view/path-diagram';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';

function NodeBox({ node, tone }: { node: DiagramNode; tone: 'then' | 'now' }) {
  const { t } = useTranslator();
  const label = (
    <>
      {node.qualifier !== null && <span class="wf-diagram__qualifier">{t(node.qualifier.key)} </span>}
      <bdi class="wf-diagram__name">{node.name}</bdi>
      {/* The view leaves out a department that is the team itself; the space keeps the two apart in the text read aloud. */}
      {node.department !== null && <> <bdi class="wf-diagram__department">{node.department}</bdi></>}
    </>
  );
  return node.href === null ? (
    <span class={`wf-diagram__node wf-diagram__node--${tone}`}>{label}</span>
  ) : (
    <a class={`wf-diagram__node wf-diagram__node--${tone}`} href={node.href} target="_blank" rel="noopener">
      {label}
    </a>
  );
}

/**
 * This page's team, an arrow, and where its work is now: a picture of the lineage listed
 * below it. Boxes are links to the team directory, so each is reachable by keyboard.
 */
export function PathDiagram({ diagram }: { diagram: PathDiagramView }) {
  const { t } = useTranslator();
  return (
    <figure class="wf-diagram" aria-labelledby="wf-diagram-caption">
      <figcaption id="wf-diagram-caption" class="wf-visually-hidden">
        {t('wayfinder-diagram-caption')}
      </figcaption>
      <div class="wf-diagram__then">
        <span class="wf-diagram__label">{t('wayfinder-diagram-then')}</span>
        <NodeBox node={diagram.then} tone="then" />
      </div>
      <div class="wf-diagram__arrow" aria-hidden="true">
        {diagram.between > 0 && <span class="wf-diagram__between">{t('wayfinder-diagram-between', diagram.between)}</span>}
      </div>
      <div class="wf-diagram__now">
        <span class="wf-diagram__label">{t('wayfinder-diagram-now')}</span>
        <ul class="wf-diagram__list">
          {diagram.now.map((node) => (
            <li key={node.key}>
              <NodeBox node={node} tone="now" />
            </li>
          ))}
          {diagram.unknownParts > 0 && (
            <li>
              <span class="wf-diagram__node wf-diagram__node--unknown">
                <Message id="wayfinder-diagram-unknown-parts" params={[diagram.unknownParts]} />
              </span>
            </li>
          )}
        </ul>
      </div>
    </figure>
  );
}
