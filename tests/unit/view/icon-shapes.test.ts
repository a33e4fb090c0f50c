import * as codexIcons from '@wikimedia/codex-icons';
import { describe, expect, it } from 'vitest';
import { iconShapes } from '../../../utils/view/icon-shapes';

describe('iconShapes', () => {
  it.each([
    {
      msg: 'self-closing shapes',
      markup: '<path d="M1 1h2"/><circle cx="6" cy="6" r="3"/><rect width="6" height="16" x="3" y="2" rx="1"/>',
      shapes: [
        { tag: 'path', attributes: { d: 'M1 1h2' }, children: [] },
        { tag: 'circle', attributes: { cx: '6', cy: '6', r: '3' }, children: [] },
        { tag: 'rect', attributes: { width: '6', height: '16', x: '3', y: '2', rx: '1' }, children: [] },
      ],
    },
    {
      msg: 'groups with their children',
      markup: '<g transform="rotate(45)"><path d="M0 0"/></g>',
      shapes: [{ tag: 'g', attributes: { transform: 'rotate(45)' }, children: [{ tag: 'path', attributes: { d: 'M0 0' }, children: [] }] }],
    },
    {
      msg: 'anything but shapes and their geometry is dropped',
      markup: '<script>alert(1)</script><path d="M0 0" onclick="alert(1)" style="x"/><foreignObject/>',
      shapes: [{ tag: 'path', attributes: { d: 'M0 0' }, children: [] }],
    },
  ])('$msg', ({ markup, shapes }) => {
    expect(iconShapes(markup)).toEqual(shapes);
  });

  it('reads path icons', () => {
    expect(iconShapes({ path: 'M3 3H1v16h18v-2H3z' })).toEqual([{ tag: 'path', attributes: { d: 'M3 3H1v16h18v-2H3z' }, children: [] }]);
  });

  it('draws something for every Codex icon in every direction', () => {
    for (const [name, icon] of Object.entries(codexIcons)) {
      if (!name.startsWith('cdxIcon')) continue;
      for (const dir of ['ltr', 'rtl']) {
        const shapes = iconShapes(codexIcons.resolveIcon(icon as codexIcons.Icon, 'en', dir));
        expect(shapes.length, `${name} ${dir}`).toBeGreaterThan(0);
      }
    }
  });
});
