import type { SimpleIcon } from '@wikimedia/codex-icons';

/** One SVG shape of a Codex icon, ready to be rendered as elements (never as HTML). */
export interface IconShape {
  tag: 'path' | 'circle' | 'rect' | 'g';
  attributes: Record<string, string>;
  children: IconShape[];
}

const allowedTags = new Set<string>(['path', 'circle', 'rect', 'g']);
const allowedAttributes = new Set(['d', 'cx', 'cy', 'r', 'x', 'y', 'width', 'height', 'rx', 'ry', 'transform', 'fill-rule', 'clip-rule']);
const tagPattern = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"]*")*)\s*(\/?)>/g;
const attributePattern = /([a-zA-Z:-]+)="([^"]*)"/g;

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', value = ''] of text.matchAll(attributePattern)) {
    if (allowedAttributes.has(name)) attributes[name] = value;
  }
  return attributes;
}

function parseMarkup(markup: string): IconShape[] {
  const root: IconShape[] = [];
  const open: IconShape[] = [];
  for (const [, closing, tag = '', attributeText = '', selfClosing] of markup.matchAll(tagPattern)) {
    if (!allowedTags.has(tag)) continue;
    if (closing) {
      if (open.at(-1)?.tag === tag) open.pop();
      continue;
    }
    const shape: IconShape = { tag: tag as IconShape['tag'], attributes: readAttributes(attributeText), children: [] };
    (open.at(-1)?.children ?? root).push(shape);
    if (!selfClosing) open.push(shape);
  }
  return root;
}

const parsed = new Map<string, IconShape[]>();

/**
 * The shapes of a resolved Codex icon. Codex ships icons as SVG markup; reading it into plain
 * shapes lets the Icon component draw them without any HTML injection. Only the tags and
 * attributes Codex icons use are kept.
 */
export function iconShapes(icon: SimpleIcon): IconShape[] {
  if (typeof icon !== 'string') return [{ tag: 'path', attributes: { d: icon.path }, children: [] }];
  let shapes = parsed.get(icon);
  if (shapes === undefined) {
    shapes = parseMarkup(icon);
    parsed.set(icon, shapes);
  }
  return shapes;
}
