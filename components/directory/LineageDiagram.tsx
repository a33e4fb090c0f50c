import { edgePath, graphMetrics, type GraphLayout, type LaidOutEdge, type LaidOutNode } from '../../utils/view/directory-graph';
import { useTranslator } from '../common/translator-context';
import { DiagramLegend } from './DiagramLegend';
import { useTeamNavigation } from './team-navigation';

function Edge({ edge }: { edge: LaidOutEdge }) {
  const partOf = edge.kind === 'part-of';
  return (
    <g class={`wf-graph__edge wf-graph__edge--${partOf ? 'part-of' : 'successor'}`}>
      <path d={edgePath(edge.points)} marker-end={partOf ? undefined : 'url(#wf-graph-arrow)'} />
      {edge.label !== null && edge.labelAt !== null && (
        <g class="wf-graph__edge-label">
          <rect
            x={edge.labelAt.x - edge.labelWidth / 2}
            y={edge.labelAt.y - graphMetrics.labelHeight / 2}
            width={edge.labelWidth}
            height={graphMetrics.labelHeight}
            rx={3}
          />
          <text x={edge.labelAt.x} y={edge.labelAt.y} text-anchor="middle" dominant-baseline="central">
            {edge.label}
          </text>
        </g>
      )}
    </g>
  );
}

function Node({ node }: { node: LaidOutNode }) {
  const { onNavigate } = useTeamNavigation();
  const { lineHeight, nodePaddingY } = graphMetrics;
  const left = node.x - node.width / 2;
  const top = node.y - node.height / 2;
  const ring = 3;
  return (
    // The link's name is its text, as drawn; a space ends each line but the last, so the lines
    // read as words ("Support and Safety historical") rather than run together.
    <a href={`#${node.elementId}`} class={`wf-graph__node wf-graph__node--${node.status}`} onClick={() => onNavigate(node.id)}>
      <rect class="wf-graph__focus" x={left - ring} y={top - ring} width={node.width + 2 * ring} height={node.height + 2 * ring} rx={6} />
      <rect class="wf-graph__box" x={left} y={top} width={node.width} height={node.height} rx={4} />
      <text class="wf-graph__text" text-anchor="middle" dominant-baseline="central">
        {node.lines.map((line, index) => (
          <tspan key={index} x={node.x} y={top + nodePaddingY + (index + 0.5) * lineHeight}>
            {line}
            {index < node.lines.length - 1 || node.statusLabel !== null ? ' ' : ''}
          </tspan>
        ))}
        {node.statusLabel !== null && (
          <tspan class="wf-graph__status" x={node.x} y={top + nodePaddingY + (node.lines.length + 0.5) * lineHeight}>
            {node.statusLabel}
          </tspan>
        )}
      </text>
    </a>
  );
}

/**
 * The whole lineage graph as an inline SVG: a link per team to its card, edges labelled with
 * how the work passed on. It scrolls inside its own box, so the page never scrolls sideways;
 * its text version is the lineage list on every team's card, linked from the description.
 */
export function LineageDiagram({ layout }: { layout: GraphLayout }) {
  const { t } = useTranslator();
  const em = (units: number) => `${units / graphMetrics.fontSize}em`;
  return (
    <section class="wf-section wf-diagram" aria-labelledby="wf-diagram-heading">
      <h2 id="wf-diagram-heading">{t('wayfinder-directory-diagram-heading')}</h2>
      <p id="wf-diagram-description">{t('wayfinder-directory-diagram-description')}</p>
      <p>
        <a href="#wf-directory-teams">{t('wayfinder-directory-diagram-text-version')}</a>
      </p>
      <DiagramLegend />
      <div class="wf-graph">
        <svg
          class="wf-graph__svg"
          xmlns="http://www.w3.org/2000/svg"
          width={em(layout.width)}
          height={em(layout.height)}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={t('wayfinder-directory-diagram-label')}
          aria-describedby="wf-diagram-description"
          font-size={graphMetrics.fontSize}
        >
          <defs>
            <marker id="wf-graph-arrow" viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
              <path class="wf-graph__arrowhead" d="M0,0 L10,5 L0,10 z" />
            </marker>
          </defs>
          <g aria-hidden="true">
            {layout.edges.map((edge, index) => (
              <Edge key={index} edge={edge} />
            ))}
          </g>
          <g>
            {layout.nodes.map((node) => (
              <Node key={node.id} node={node} />
            ))}
          </g>
        </svg>
      </div>
    </section>
  );
}
