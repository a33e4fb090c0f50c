import { describe, expect, it } from 'vitest';
import { departmentBeside } from '../../../utils/view/department-beside';
import { popupOwnerLine } from '../../../utils/view/popup-owner';

describe('departmentBeside', () => {
  it.each([
    ['Trust and Safety', 'Legal', 'Legal'],
    ['Community Engagement', 'Community Engagement', null],
    ['Community Resources', null, null],
    ['Community Resources', undefined, null],
  ])('%s in %s → %s', (team, department, expected) => {
    expect(departmentBeside(team, department)).toBe(expected);
  });
});

describe('the popup line', () => {
  it('names a department that is the team itself once', () => {
    const report = { ownership: { status: 'owned', owner: { name: 'Advancement', department: 'Advancement' }, department: null, successorMap: null } };
    const line = popupOwnerLine({ isSpecial: false } as Parameters<typeof popupOwnerLine>[0], report as unknown as Parameters<typeof popupOwnerLine>[1]);
    expect(line).toEqual({ key: 'wayfinder-popup-owner', params: ['Advancement'] });
  });
});
