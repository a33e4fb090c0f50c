/** What a host's queue has done so far; the benchmark and the tests read it. */
export interface HostLimiterStats {
  /** Tasks started (each one HTTP request). */
  started: number;
  active: number;
  queued: number;
  /** The most tasks that ever ran at once. */
  peakActive: number;
}

function abortError(): DOMException {
  return new DOMException('The request was aborted', 'AbortError');
}

/**
 * Runs at most `maxConcurrent` tasks at once, the rest in arrival order. Wikimedia's rate
 * limits allow an anonymous client three concurrent requests, so one limiter guards one host.
 */
export class HostLimiter {
  private active = 0;
  private started = 0;
  private peakActive = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly maxConcurrent: number) {}

  run<T>(task: () => Promise<T>, signal: AbortSignal): Promise<T> {
    if (signal.aborted) return Promise.reject(abortError());
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.waiting.indexOf(startTask);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(abortError());
      };
      const startTask = (): void => {
        signal.removeEventListener('abort', onAbort);
        this.begin();
        task()
          .then(resolve, reject)
          .finally(() => this.end());
      };
      if (this.active < this.maxConcurrent) {
        startTask();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(startTask);
    });
  }

  stats(): HostLimiterStats {
    return { started: this.started, active: this.active, queued: this.waiting.length, peakActive: this.peakActive };
  }

  private begin(): void {
    this.active += 1;
    this.started += 1;
    this.peakActive = Math.max(this.peakActive, this.active);
  }

  private end(): void {
    this.active -= 1;
    this.waiting.shift()?.();
  }
}
