import { describe, expect, it } from 'vitest';
import { createBadgeController, type BadgeView } from '../../../entrypoints/badge/badge-controller';
import type { BadgeAnswer } from '../../../utils/report/badge-client';

/** A view that records what it shows, and questions the test answers one by one. */
function setUp() {
  let shown: string | null = null;
  const view: BadgeView = { isShown: () => shown !== null, show: (label) => (shown = label), remove: () => (shown = null) };
  const pending: ((answer: BadgeAnswer) => void)[] = [];
  const ask = () => new Promise<BadgeAnswer>((resolve) => pending.push(resolve));
  const answer = async (show: boolean) => {
    pending.shift()!({ show, teamName: null, label: show ? 'Now: 7 teams' : '' });
    // Let the controller's then/finally run.
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  };
  return { controller: createBadgeController(ask, view), shown: () => shown, asked: () => pending.length, answer };
}

describe('createBadgeController', () => {
  it('shows what the background answers, once, and nothing when told no', async () => {
    const page = setUp();
    page.controller.refresh();
    page.controller.refresh();
    expect(page.asked()).toBe(1);
    await page.answer(true);
    expect(page.shown()).toBe('Now: 7 teams');
    page.controller.refresh();
    expect(page.asked()).toBe(0);

    const other = setUp();
    other.controller.refresh();
    await other.answer(false);
    expect(other.shown()).toBeNull();
  });

  it('removes the badge when the setting goes off, and drops an answer that comes after', async () => {
    const page = setUp();
    page.controller.refresh();
    page.controller.setEnabled(false);
    await page.answer(true);
    expect(page.shown()).toBeNull();
  });

  it('asks again when the setting comes back on while a question decided under the old one is out', async () => {
    const page = setUp();
    page.controller.refresh();
    page.controller.setEnabled(false);
    page.controller.setEnabled(true);
    expect(page.asked()).toBe(1);
    await page.answer(false);
    expect(page.asked()).toBe(1);
    await page.answer(true);
    expect(page.shown()).toBe('Now: 7 teams');
  });

  it('takes the badge away and brings it back as the setting goes off and on', async () => {
    const page = setUp();
    page.controller.refresh();
    await page.answer(true);
    page.controller.setEnabled(false);
    expect(page.shown()).toBeNull();
    page.controller.setEnabled(true);
    await page.answer(true);
    expect(page.shown()).toBe('Now: 7 teams');
  });

  it('shows nothing when the question fails, and can ask again later', async () => {
    let fail = true;
    let shown: string | null = null;
    const view: BadgeView = { isShown: () => shown !== null, show: (label) => (shown = label), remove: () => (shown = null) };
    const controller = createBadgeController(() => (fail ? Promise.reject(new Error('no receiver')) : Promise.resolve({ show: true, teamName: null, label: 'Now: 1 team' })), view);
    controller.refresh();
    await new Promise((resolve) => setTimeout(resolve));
    expect(shown).toBeNull();
    fail = false;
    controller.setEnabled(true);
    await new Promise((resolve) => setTimeout(resolve));
    expect(shown).toBe('Now: 1 team');
  });
});
