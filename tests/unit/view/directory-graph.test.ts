import { describe, expect, it } from 'vitest';
import { directoryMessages } from '../../../utils/i18n/directory-messages';
import { englishMessageFiles } from '../../../utils/i18n/message-files';
import { createTranslator } from '../../../utils/i18n/translator';
import { loadBuiltinRegistry } from '../../../utils/registry/builtin/builtin-registry';
import { prepareRegistry } from '../../../utils/registry/prepare';
import {
  edgePath,
  estimateTextWidth,
  graphLabels,
  graphMetrics,
  layoutLineageGraph,
  lineageGraphInput,
  wrapText,
  type GraphLayout,
} from '../../../utils/view/directory-graph';
import { prepared, safetyRegistry, successor, team } from './directory-fixtures';

// The directory's messages are a group of their own (i18n/directory/), read with the main one.
const { t } = createTranslator('en', englishMessageFiles([directoryMessages]));
const builtin = prepareRegistry(structuredClone(loadBuiltinRegistry()));
const builtinInput = lineageGraphInput(builtin, graphLabels(t));
const ltr = layoutLineageGraph(builtinInput, 'ltr');
const rtl = layoutLineageGraph(builtinInput, 'rtl');

function numbersOf(layout: GraphLayout): number[] {
  return [
    layout.width,
    layout.height,
    ...layout.nodes.flatMap((node) => [node.x, node.y, node.width, node.height]),
    ...layout.edges.flatMap((edge) => [...edge.points.flatMap((point) => [point.x, point.y]), edge.labelAt?.x ?? 0, edge.labelAt?.y ?? 0, edge.labelWidth]),
  ];
}

describe('the lineage graph of the built-in registry', () => {
  const teams = [...builtin.teams.values()];

  it('has a node per team and an edge per successor edge and parent link', () => {
    expect(ltr.nodes.map((node) => node.id).sort()).toEqual(teams.map((entry) => entry.id).sort());
    const successors = teams.flatMap((entry) => entry.successors.map((step) => `${entry.id}>${step.team}:${step.kind}`));
    const parents = teams.flatMap((entry) => (entry.parent === undefined ? [] : [`${entry.parent}>${entry.id}:part-of`]));
    expect(successors.length).toBeGreaterThan(20);
    expect(ltr.edges.map((edge) => `${edge.from}>${edge.to}:${edge.kind}`).sort()).toEqual([...successors, ...parents].sort());
  });

  it('places everything at finite coordinates inside the drawing', () => {
    for (const layout of [ltr, rtl]) {
      expect(numbersOf(layout).filter((value) => !Number.isFinite(value))).toEqual([]);
      for (const node of layout.nodes) {
        expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
        expect(node.x + node.width / 2).toBeLessThanOrEqual(layout.width);
        expect(node.y - node.height / 2).toBeGreaterThanOrEqual(0);
        expect(node.y + node.height / 2).toBeLessThanOrEqual(layout.height);
      }
      for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws every successor edge from the earlier team towards the later one, in the reading direction', () => {
    const at = (layout: GraphLayout, id: string) => layout.nodes.find((node) => node.id === id)!;
    const forward = ltr.edges.filter((edge) => edge.kind !== 'part-of' && at(ltr, edge.from).x < at(ltr, edge.to).x);
    // Layered layout may reverse an edge only to break a cycle; the registry's lineage has none.
    expect(forward.length).toBe(ltr.edges.filter((edge) => edge.kind !== 'part-of').length);
  });

  it('labels each successor edge with its kind, and says when it is uncertain', () => {
    const labelled = ltr.edges.filter((edge) => edge.kind !== 'part-of');
    for (const edge of labelled) {
      const kind = t(`wayfinder-directory-kind-${edge.kind}`);
      expect(edge.label).toBe(edge.certainty === 'stated' ? kind : `${kind} (${t(`wayfinder-directory-certainty-${edge.certainty}`)})`);
      expect(edge.labelAt).not.toBeNull();
    }
    expect(new Set(labelled.map((edge) => edge.kind))).toEqual(new Set(['renamed', 'moved', 'split', 'merged', 'absorbed']));
    expect(ltr.edges.filter((edge) => edge.kind === 'part-of').every((edge) => edge.label === null && edge.labelAt === null)).toBe(true);
    expect(labelled.find((edge) => edge.from === 'team:ce-learning-and-evaluation')!.label).toBe('moved (probably)');
  });

  it('says the status inside the box of every team that is not active', () => {
    for (const node of ltr.nodes) {
      expect(node.statusLabel).toBe({ active: null, historical: 'historical', unknown: 'status unknown' }[node.status]);
    }
  });

  it('mirrors the drawing for right to left, and nothing else', () => {
    expect([rtl.width, rtl.height, rtl.direction]).toEqual([ltr.width, ltr.height, 'rtl']);
    const byId = new Map(ltr.nodes.map((node) => [node.id, node]));
    for (const node of rtl.nodes) {
      const mirrored = byId.get(node.id)!;
      expect(node.x).toBeCloseTo(ltr.width - mirrored.x, 6);
      expect(node.y).toBe(mirrored.y);
    }
    rtl.edges.forEach((edge, index) => {
      const original = ltr.edges[index]!;
      expect(edge.points).toEqual(original.points.map((point) => ({ x: ltr.width - point.x, y: point.y })));
    });
    // The oldest team of the Trust and Safety line stands right of its successor.
    const x = (id: string) => rtl.nodes.find((node) => node.id === id)!.x;
    expect(x('team:ce-support-and-safety')).toBeGreaterThan(x('team:trust-and-safety'));
  });

  it('lists nodes in reading order, so Tab follows the layers', () => {
    const key = (layout: GraphLayout) => layout.nodes.map((node) => [Math.round(layout.direction === 'rtl' ? -node.x : node.x), node.y] as const);
    for (const layout of [ltr, rtl]) {
      const order = key(layout);
      const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(order).toEqual(sorted);
    }
  });
});

describe('lineageGraphInput', () => {
  it('leaves out edges to teams the registry lacks, and loops', () => {
    const registry = prepared({
      teams: [
        team('a', 'A', null, { status: 'historical', parent: 'team:nowhere', successors: [successor('gone', 'renamed', '2020'), successor('b', 'merged', '2021')] }),
        team('b', 'B', null, { successors: [successor('b', 'renamed', '2022')] }),
      ],
    });
    const input = lineageGraphInput(registry, graphLabels(t));
    expect(input.edges.map((edge) => [edge.from, edge.to, edge.kind, edge.label])).toEqual([['team:a', 'team:b', 'merged', 'merged']]);
    const layout = layoutLineageGraph(input, 'ltr');
    expect(layout.nodes).toHaveLength(2);
    expect(numbersOf(layout).every(Number.isFinite)).toBe(true);
  });

  it('lays out an empty registry as an empty drawing', () => {
    const layout = layoutLineageGraph(lineageGraphInput(prepared({}), graphLabels(t)), 'rtl');
    expect(layout.nodes).toEqual([]);
    expect(layout.edges).toEqual([]);
    expect(numbersOf(layout).every(Number.isFinite)).toBe(true);
  });

  it('draws the small safety lineage with the part-of link of Trust and Safety', () => {
    const layout = layoutLineageGraph(lineageGraphInput(safetyRegistry(), graphLabels(t)), 'ltr');
    expect(layout.edges.map((edge) => [edge.from, edge.to, edge.kind, edge.label])).toEqual([
      ['team:legal', 'team:trust-and-safety', 'part-of', null],
      ['team:support-and-safety', 'team:trust-and-safety', 'moved', 'moved'],
      ['team:community-advocacy', 'team:support-and-safety', 'renamed', 'renamed (probably)'],
    ]);
    expect(layout.nodes.find((node) => node.id === 'team:idealab')!.elementId).toBe('team-idealab');
  });
});

describe('text in boxes', () => {
  const maxWidth = graphMetrics.nodeMaxWidth - 2 * graphMetrics.nodePaddingX;

  it('wraps long names, each line within the box unless one word is longer', () => {
    const lines = wrapText('Community Resilience and Sustainability', maxWidth);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Community Resilience and Sustainability');
    for (const line of lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(maxWidth);
    expect(wrapText('Supercalifragilisticexpialidociousness', 60)).toEqual(['Supercalifragilisticexpialidociousness']);
    expect(wrapText('', maxWidth)).toEqual(['']);
  });

  it('sizes every box of the built-in registry to hold its text', () => {
    for (const node of ltr.nodes) {
      const widest = Math.max(...node.lines.map(estimateTextWidth), node.statusLabel === null ? 0 : estimateTextWidth(node.statusLabel));
      expect(node.width).toBeGreaterThanOrEqual(widest + 2 * graphMetrics.nodePaddingX);
      expect(node.height).toBe(2 * graphMetrics.nodePaddingY + (node.lines.length + (node.statusLabel === null ? 0 : 1)) * graphMetrics.lineHeight);
    }
  });
});

describe('edgePath', () => {
  it.each([
    { points: [], expected: '' },
    { points: [{ x: 1, y: 2 }], expected: 'M1,2' },
    { points: [{ x: 0, y: 0 }, { x: 12.04, y: 6 }], expected: 'M0,0 C2,1 10,5 12,6' },
    { points: [{ x: 0, y: 0 }, { x: 12, y: 0 }, { x: 24, y: 12 }], expected: 'M0,0 C2,0 8,-2 12,0 C16,2 22,10 24,12' },
  ])('$expected', ({ points, expected }) => {
    expect(edgePath(points)).toBe(expected);
  });

  it('passes through every point, so an edge runs through its label', () => {
    const points = [{ x: 0, y: 0 }, { x: 30, y: 40 }, { x: 60, y: 10 }, { x: 90, y: 90 }];
    const anchors = [...edgePath(points).matchAll(/(?:M|C\S+ \S+ )(-?[\d.]+),(-?[\d.]+)/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) }));
    expect(anchors).toEqual(points);
    for (const edge of ltr.edges) expect(edgePath(edge.points)).not.toMatch(/NaN|Infinity/);
  });
});
