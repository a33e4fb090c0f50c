import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPageReports, watchSettingsFromBackground } from '../../../utils/report/client';
import { reconnectDelayMs } from '../../../utils/report/reconnect-backoff';
import { defaultSettings } from '../../../utils/settings/default-settings';
import { fakeBackground, type FakePort } from './fake-port';

const second = 1000;
const minute = 60 * second;
const pageUrl = 'https://meta.wikimedia.org/wiki/Support_and_Safety';
const report = (title: string) => ({ page: { title } });

/** How many connections a page attempts in `ms` against a background that refuses them all. */
function attemptsWithin(ms: number): number {
  let attempts = 1;
  for (let at = reconnectDelayMs(0); at <= ms; at += reconnectDelayMs(attempts - 1)) attempts += 1;
  return attempts;
}

/** The background as settings-port.ts serves it: the settings at every connection. */
const sendSettings = { connected: (port: FakePort) => port.send({ type: 'settings', settings: defaultSettings }) };

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the settings port', () => {
  it('delivers the settings the background sends, and ignores anything else', async () => {
    const background = fakeBackground(sendSettings);
    const received = vi.fn();
    watchSettingsFromBackground(received);
    await vi.advanceTimersByTimeAsync(0);
    background.last().send({ type: 'settings' });
    background.last().send({ type: 'report', settings: 'no' });
    background.last().send(null);
    expect(received.mock.calls).toEqual([[defaultSettings]]);
    expect(background.last().name).toBe('wayfinder-settings');
  });

  it('reconnects quickly when the background’s worker is stopped after a while', async () => {
    const background = fakeBackground(sendSettings);
    const received = vi.fn();
    watchSettingsFromBackground(received);
    await vi.advanceTimersByTimeAsync(30 * second);
    background.last().drop();
    await vi.advanceTimersByTimeAsync(reconnectDelayMs(0) - 1);
    expect(background.attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(background.attempts).toBe(2);
    expect(background.open()).toHaveLength(1);
    expect(received).toHaveBeenCalledTimes(2);
  });

  it('does not spin while the background refuses: its retries back off to one every 30 s', async () => {
    const background = fakeBackground(sendSettings);
    background.state = 'refusing';
    const received = vi.fn();
    watchSettingsFromBackground(received);
    await vi.advanceTimersByTimeAsync(10 * minute);
    expect(background.attempts).toBe(attemptsWithin(10 * minute));
    expect(background.attempts).toBeLessThan(30);
    // The last waits are the bound.
    const before = background.attempts;
    await vi.advanceTimersByTimeAsync(30 * second - 1);
    expect(background.attempts - before).toBeLessThanOrEqual(1);
    expect(received).not.toHaveBeenCalled();
  });

  it('comes back within 30 s of the background’s return, and then starts its backoff over', async () => {
    const background = fakeBackground(sendSettings);
    background.state = 'refusing';
    const received = vi.fn();
    watchSettingsFromBackground(received);
    await vi.advanceTimersByTimeAsync(5 * minute);
    background.state = 'up';
    await vi.advanceTimersByTimeAsync(30 * second);
    expect(background.open()).toHaveLength(1);
    expect(received).toHaveBeenCalledWith(defaultSettings);

    await vi.advanceTimersByTimeAsync(minute);
    const attempts = background.attempts;
    background.last().drop();
    await vi.advanceTimersByTimeAsync(reconnectDelayMs(0));
    expect(background.attempts).toBe(attempts + 1);
    expect(background.open()).toHaveLength(1);
  });

  it('keeps backing off when each connection is dropped soon after it was answered', async () => {
    const background = fakeBackground({
      connected(port) {
        sendSettings.connected(port);
        setTimeout(() => port.drop(), second);
      },
    });
    watchSettingsFromBackground(() => undefined);
    await vi.advanceTimersByTimeAsync(10 * minute);
    expect(background.attempts).toBeLessThan(40);
  });

  it('survives an extension reloaded under the page (connect throws), and reconnects once it can', async () => {
    const background = fakeBackground(sendSettings);
    background.state = 'invalidated';
    const received = vi.fn();
    expect(() => watchSettingsFromBackground(received)).not.toThrow();
    await vi.advanceTimersByTimeAsync(2 * minute);
    expect(background.attempts).toBe(attemptsWithin(2 * minute));
    background.state = 'up';
    await vi.advanceTimersByTimeAsync(30 * second);
    expect(received).toHaveBeenCalledWith(defaultSettings);
  });

  it('stops for good: no reconnection after stopping, even with one pending', async () => {
    const background = fakeBackground(sendSettings);
    const stop = watchSettingsFromBackground(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    const first = background.last();
    stop();
    expect(first.closedByPage).toBe(true);

    background.state = 'refusing';
    const stopLater = watchSettingsFromBackground(() => undefined);
    await vi.advanceTimersByTimeAsync(second);
    const attempts = background.attempts;
    stopLater();
    await vi.advanceTimersByTimeAsync(10 * minute);
    expect(background.attempts).toBe(attempts);
  });
});

describe('the report port', () => {
  /** A background that answers every watch request with a report for its attempt. */
  const answering = {
    received(port: FakePort, message: unknown) {
      const { type, attempt } = message as { type: string; attempt: number };
      if (type === 'watch') queueMicrotask(() => port.send({ type: 'report', attempt, report: report(`answer ${attempt}`) }));
    },
  };
  const otherUrl = 'https://meta.wikimedia.org/wiki/Community_Relations';

  /** A report port opened, given pages to watch in turn, and connected. */
  async function connectedReports(...watched: (string | null)[]) {
    const background = fakeBackground();
    const onReport = vi.fn();
    const reports = openPageReports(onReport);
    for (const url of watched) reports.watch(url);
    await vi.advanceTimersByTimeAsync(0);
    return { background, onReport, reports, port: background.last() };
  }

  it('connects before the first page is known, and delivers the reports of the current attempt only', async () => {
    const background = fakeBackground();
    const onReport = vi.fn();
    const reports = openPageReports(onReport);
    await vi.advanceTimersByTimeAsync(0);
    const port = background.last();
    expect(port.name).toBe('wayfinder-page-reports');
    expect(port.posted).toEqual([{ type: 'unwatch' }]);
    reports.watch(pageUrl);
    expect(port.posted.at(-1)).toEqual({ type: 'watch', url: pageUrl, attempt: 1 });
    port.send({ type: 'report', attempt: 0, report: report('older') });
    port.send({ type: 'report', attempt: 1, report: null });
    port.send({ type: 'report', attempt: 1, report: report('current') });
    expect(onReport.mock.calls).toEqual([[report('current')]]);
  });

  it('asks for each new page on the same port, and drops the late reports of the page before', async () => {
    const { background, onReport, port } = await connectedReports(pageUrl, otherUrl);
    expect(background.connections).toHaveLength(1);
    expect(port.posted.slice(1)).toEqual([
      { type: 'watch', url: pageUrl, attempt: 1 },
      { type: 'watch', url: otherUrl, attempt: 2 },
    ]);
    port.send({ type: 'report', attempt: 1, report: report('late, for the page left') });
    port.send({ type: 'report', attempt: 2, report: report('the page shown') });
    expect(onReport.mock.calls).toEqual([[report('the page shown')]]);
  });

  it('on a page that is no wiki page, tells the background to stop and delivers nothing', async () => {
    const { onReport, reports, port } = await connectedReports(pageUrl, null);
    expect(port.posted.at(-1)).toEqual({ type: 'unwatch' });
    port.send({ type: 'report', attempt: 1, report: report('late') });
    port.send({ type: 'report', attempt: 2, report: report('no such attempt') });
    reports.retry();
    expect(port.posted.at(-1)).toEqual({ type: 'unwatch' });
    expect(onReport).not.toHaveBeenCalled();
  });

  it('drops an instant answer pushed for a page it does not watch, even one it watches next', async () => {
    const { onReport, reports, port } = await connectedReports();
    port.send({ type: 'instant', url: pageUrl, report: report('pushed before the watch') });
    reports.watch(pageUrl);
    expect(onReport).not.toHaveBeenCalled();
    expect(port.posted.at(-1)).toEqual({ type: 'watch', url: pageUrl, attempt: 1 });
    port.send({ type: 'report', attempt: 1, report: report('answer') });
    expect(onReport.mock.calls).toEqual([[report('answer')]]);
  });

  it('shows a pushed instant answer for the page watched only until the watch’s own report has come', async () => {
    const { onReport, reports, port } = await connectedReports(pageUrl);
    port.send({ type: 'instant', url: otherUrl, report: report('another page') });
    port.send({ type: 'instant', url: pageUrl, report: report('pushed') });
    port.send({ type: 'report', attempt: 1, report: report('complete') });
    port.send({ type: 'instant', url: pageUrl, report: report('pushed again, late') });
    expect(onReport.mock.calls).toEqual([[report('pushed')], [report('complete')]]);
    // A new watch of the same page takes a push again until its own answer comes.
    reports.watch(pageUrl);
    port.send({ type: 'instant', url: pageUrl, report: report('pushed for the new watch') });
    expect(onReport.mock.calls.at(-1)).toEqual([report('pushed for the new watch')]);
  });

  it('asks again for the same attempt after the background’s worker was stopped', async () => {
    const background = fakeBackground();
    const onReport = vi.fn();
    openPageReports(onReport).watch(pageUrl);
    await vi.advanceTimersByTimeAsync(minute);
    background.last().drop();
    await vi.advanceTimersByTimeAsync(reconnectDelayMs(0));
    expect(background.connections).toHaveLength(2);
    expect(background.last().posted).toEqual([{ type: 'watch', url: pageUrl, attempt: 1 }]);
    background.last().send({ type: 'report', attempt: 1, report: report('again') });
    expect(onReport).toHaveBeenCalledWith(report('again'));
  });

  it('does not spin while the background refuses, and a retry reconnects at once with a new attempt', async () => {
    const background = fakeBackground();
    background.state = 'refusing';
    const onReport = vi.fn();
    const reports = openPageReports(onReport);
    reports.watch(pageUrl);
    await vi.advanceTimersByTimeAsync(10 * minute);
    expect(background.attempts).toBe(attemptsWithin(10 * minute));

    background.state = 'up';
    const attempts = background.attempts;
    reports.retry();
    expect(background.attempts).toBe(attempts + 1);
    expect(background.last().posted).toEqual([{ type: 'watch', url: pageUrl, attempt: 2 }]);
  });

  it('asks again on the same port when retried while connected', async () => {
    const background = fakeBackground(answering);
    const onReport = vi.fn();
    const reports = openPageReports(onReport);
    reports.watch(pageUrl);
    await vi.advanceTimersByTimeAsync(0);
    reports.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(background.connections).toHaveLength(1);
    expect(onReport.mock.calls).toEqual([[report('answer 1')], [report('answer 2')]]);
  });

  it('keeps the worker warm while open, and a ping to a background that just went does not throw', async () => {
    const background = fakeBackground();
    openPageReports(() => undefined);
    await vi.advanceTimersByTimeAsync(20 * second);
    expect(background.last().posted.at(-1)).toEqual({ type: 'ping' });
    // Gone, but its disconnect event has not run yet: posting throws in Chrome.
    const port = background.last();
    port.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    await expect(vi.advanceTimersByTimeAsync(20 * second)).resolves.not.toThrow();
  });

  it('closes for good: disconnected, no more reports, no reconnection, no pings', async () => {
    const { background, onReport, reports, port } = await connectedReports(pageUrl);
    reports.close();
    expect(port.closedByPage).toBe(true);
    port.send({ type: 'report', attempt: 1, report: report('late') });
    reports.retry();
    reports.watch(otherUrl);
    await vi.advanceTimersByTimeAsync(10 * minute);
    expect(onReport).not.toHaveBeenCalled();
    expect(background.connections).toHaveLength(1);
    expect(port.posted).toEqual([{ type: 'unwatch' }, { type: 'watch', url: pageUrl, attempt: 1 }]);
  });
});
