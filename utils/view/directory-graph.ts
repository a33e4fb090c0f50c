/*
 * The lineage diagram of the team directory: registry → nodes and edges with coordinates.
 *
 * Layout is by @dagrejs/dagre (layered "Sugiyama" layout of a directed graph). Chosen over
 * elkjs, whose browser build is a ~1.5 MB GWT-compiled bundle, and over d3-dag, which is in
 * light maintenance; dagre 3 is ESM, typed and actively maintained, and costs the directory
 * page about 16 KB gzip (docs/ARCHITECTURE.md, docs/PERFORMANCE.md). Only the directory page
 * imports this module: the side panel must never ship dagre.
 *
 * Parent links ("part of") are drawn as dashed edges laid out with the lineage, not as nested
 * boxes: dagre's compound layout nests clusters, and here parents nest three or four deep and
 * are themselves teams with successors of their own (Community Engagement, Community Growth),
 * which a cluster box would turn into a frame instead of a node one can focus and follow.
 */
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { Translator } from '../i18n/translator';
import type { PreparedRegistry } from '../registry/prepare';
import type { Certainty, SuccessionKind, TeamStatus } from '../registry/schema';
import { teamElementId } from './directory';

export type GraphEdgeKind = SuccessionKind | 'part-of';

export interface GraphNodeInput {
  id: string;
  name: string;
  status: TeamStatus;
  /** A word said inside the node for a team that is not active ("historical"); null for active ones. */
  statusLabel: string | null;
}

export interface GraphEdgeInput {
  /** For a successor edge the earlier team; for part-of the parent. */
  from: string;
  to: string;
  kind: GraphEdgeKind;
  /** The text written on the edge; null for none (part-of edges: the legend explains them). */
  label: string | null;
  certainty: Certainty;
}

export interface GraphInput {
  nodes: GraphNodeInput[];
  edges: GraphEdgeInput[];
}

export interface GraphLabels {
  /** The word for a status inside a node; null when none is shown. */
  status: (status: TeamStatus) => string | null;
  /** The text on a successor edge, such as "moved" or "split (probably)". */
  edge: (kind: SuccessionKind, certainty: Certainty) => string;
}

/** The diagram's words in the interface language: a status word for teams that are not active, the kind (and any doubt) on each edge. */
export function graphLabels(t: Translator['t']): GraphLabels {
  return {
    status: (status) => (status === 'active' ? null : t(`wayfinder-directory-status-short-${status}`)),
    edge: (kind, certainty) => {
      const label = t(`wayfinder-directory-kind-${kind}`);
      return certainty === 'stated' ? label : t('wayfinder-directory-edge-uncertain', label, t(`wayfinder-directory-certainty-${certainty}`));
    },
  };
}

/**
 * Every team of the registry as a node; every successor edge, and every parent link, between
 * teams the registry describes (a dangling reference has no node to end at and is left out:
 * the registry's own checks report it).
 */
export function lineageGraphInput(prepared: PreparedRegistry, labels: GraphLabels): GraphInput {
  const teams = [...prepared.teams.values()];
  const known = (id: string) => prepared.teams.has(id);
  const nodes = teams.map((team) => ({ id: team.id, name: team.name, status: team.status, statusLabel: labels.status(team.status) }));
  const edges: GraphEdgeInput[] = teams.flatMap((team) => [
    ...team.successors
      .filter((step) => known(step.team) && step.team !== team.id)
      .map((step): GraphEdgeInput => ({ from: team.id, to: step.team, kind: step.kind, label: labels.edge(step.kind, step.certainty), certainty: step.certainty })),
    ...(team.parent !== undefined && known(team.parent) && team.parent !== team.id
      ? [{ from: team.parent, to: team.id, kind: 'part-of' as const, label: null, certainty: team.certainty }]
      : []),
  ]);
  return { nodes, edges };
}

// ---------------------------------------------------------------------------------------------
// Geometry. The diagram is drawn in user units where the text is 12 units high; the SVG is sized
// in em of that text, so the whole drawing scales with the reader's font size and text always
// fits its box. Text is not measured (the layout is pure): widths are estimated generously.

export const graphMetrics = {
  fontSize: 12,
  lineHeight: 16,
  /** A wide average advance for sans-serif text, in em: overestimates, so text never overflows. */
  charWidth: 0.62,
  nodePaddingX: 10,
  nodePaddingY: 8,
  nodeMinWidth: 96,
  nodeMaxWidth: 184,
  labelPaddingX: 4,
  labelHeight: 16,
  nodesep: 20,
  ranksep: 56,
  edgesep: 12,
  margin: 12,
} as const;

export interface Point {
  x: number;
  y: number;
}

export interface LaidOutNode {
  id: string;
  elementId: string;
  name: string;
  /** The name, wrapped to fit the box. */
  lines: string[];
  status: TeamStatus;
  statusLabel: string | null;
  /** Centre of the box. Nodes come in reading order: layer by layer, then top to bottom. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  kind: GraphEdgeKind;
  certainty: Certainty;
  label: string | null;
  /** Centre of the label, when there is one. */
  labelAt: Point | null;
  labelWidth: number;
  points: Point[];
}

export interface GraphLayout {
  width: number;
  height: number;
  direction: 'ltr' | 'rtl';
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

export function estimateTextWidth(text: string): number {
  return Math.ceil([...text].length * graphMetrics.charWidth * graphMetrics.fontSize);
}

/** Words to lines of at most `maxWidth`; a single word longer than that keeps a line of its own. */
export function wrapText(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && estimateTextWidth(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}

function nodeBox(node: GraphNodeInput): { lines: string[]; width: number; height: number } {
  const m = graphMetrics;
  const lines = wrapText(node.name, m.nodeMaxWidth - 2 * m.nodePaddingX);
  const textWidth = Math.max(...lines.map(estimateTextWidth), node.statusLabel === null ? 0 : estimateTextWidth(node.statusLabel));
  const width = Math.max(m.nodeMinWidth, textWidth + 2 * m.nodePaddingX);
  const height = 2 * m.nodePaddingY + (lines.length + (node.statusLabel === null ? 0 : 1)) * m.lineHeight;
  return { lines, width, height };
}

const finite = (value: number | undefined): number => (value !== undefined && Number.isFinite(value) ? value : 0);

/**
 * Lays the graph out in layers, earlier teams first along the reading direction: left to right,
 * or mirrored for right to left so the oldest team stands at the right. Successor edges weigh
 * more than part-of edges, so lineage lines are kept short and straight first.
 */
export function layoutLineageGraph(input: GraphInput, direction: 'ltr' | 'rtl'): GraphLayout {
  const m = graphMetrics;
  const graph = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: m.nodesep, ranksep: m.ranksep, edgesep: m.edgesep, marginx: m.margin, marginy: m.margin });
  graph.setDefaultEdgeLabel(() => ({}));
  const boxes = new Map<string, ReturnType<typeof nodeBox>>();
  for (const node of input.nodes) {
    if (boxes.has(node.id)) continue;
    const box = nodeBox(node);
    boxes.set(node.id, box);
    graph.setNode(node.id, { width: box.width, height: box.height });
  }
  const edges = input.edges.filter((edge) => boxes.has(edge.from) && boxes.has(edge.to) && edge.from !== edge.to);
  edges.forEach((edge, index) => {
    const labelWidth = edge.label === null ? 0 : estimateTextWidth(edge.label) + 2 * m.labelPaddingX;
    graph.setEdge(
      edge.from,
      edge.to,
      {
        weight: edge.kind === 'part-of' ? 1 : 4,
        minlen: 1,
        width: labelWidth,
        height: edge.label === null ? 0 : m.labelHeight,
        labelpos: 'c',
      },
      `e${index}`,
    );
  });

  layout(graph);

  const size = graph.graph();
  const width = Math.ceil(finite(size.width));
  const height = Math.ceil(finite(size.height));
  const mirror = (x: number) => (direction === 'rtl' ? width - x : x);
  const point = (p: Partial<Point>): Point => ({ x: mirror(finite(p.x)), y: finite(p.y) });

  const seen = new Set<string>();
  const nodes = input.nodes.flatMap((node): LaidOutNode[] => {
    if (seen.has(node.id)) return [];
    seen.add(node.id);
    const placed = graph.node(node.id);
    const box = boxes.get(node.id)!;
    const centre = point(placed);
    return [{ id: node.id, elementId: teamElementId(node.id), name: node.name, lines: box.lines, status: node.status, statusLabel: node.statusLabel, ...centre, width: box.width, height: box.height }];
  });
  // Reading order, so Tab walks the diagram as it is read: layer by layer along the reading
  // direction (the layers are columns), top to bottom within a layer.
  const along = (node: LaidOutNode) => Math.round(direction === 'rtl' ? -node.x : node.x);
  nodes.sort((a, b) => along(a) - along(b) || a.y - b.y);
  const laidOutEdges = edges.map((edge, index): LaidOutEdge => {
    const placed = graph.edge(edge.from, edge.to, `e${index}`);
    const points = (placed.points ?? []).map(point);
    return {
      from: edge.from,
      to: edge.to,
      kind: edge.kind,
      certainty: edge.certainty,
      label: edge.label,
      labelAt: edge.label === null || placed.x === undefined ? null : point(placed),
      labelWidth: finite(placed.width),
      points,
    };
  });
  return { width, height, direction, nodes, edges: laidOutEdges };
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * An SVG path through every point of an edge: a Catmull-Rom spline drawn as cubic curves, so
 * the line runs smoothly through its bends and through the middle of its label (dagre routes
 * each edge through its label's place).
 */
export function edgePath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const at = (index: number) => points[Math.min(Math.max(index, 0), points.length - 1)]!;
  const xy = (point: Point) => `${round(point.x)},${round(point.y)}`;
  let path = `M${xy(at(0))}`;
  for (let index = 0; index < points.length - 1; index += 1) {
    const [before, from, to, after] = [at(index - 1), at(index), at(index + 1), at(index + 2)];
    const first = { x: from.x + (to.x - before.x) / 6, y: from.y + (to.y - before.y) / 6 };
    const second = { x: to.x - (after.x - from.x) / 6, y: to.y - (after.y - from.y) / 6 };
    path += ` C${xy(first)} ${xy(second)} ${xy(to)}`;
  }
  return path;
}
