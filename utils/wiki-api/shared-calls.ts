import { WikiApiError } from './errors';

interface Job {
  controller: AbortController;
  callers: number;
  promise: Promise<unknown>;
}

/**
 * Identical calls in flight share one job. Each caller keeps its own AbortSignal and time
 * budget; the job is aborted only when every caller has gone, so a panel that closes does not
 * cancel the answer another panel is still waiting for.
 */
export class SharedCalls {
  private readonly jobs = new Map<string, Job>();

  join(
    key: string,
    start: (signal: AbortSignal) => Promise<unknown>,
    caller: { signal: AbortSignal | undefined; budgetMs: number },
  ): Promise<unknown> {
    if (caller.signal?.aborted) return Promise.reject(new WikiApiError({ reason: 'aborted' }));
    const job = this.jobs.get(key) ?? this.startJob(key, start);
    job.callers += 1;
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (): boolean => {
        if (settled) return false;
        settled = true;
        clearTimeout(timer);
        caller.signal?.removeEventListener('abort', onAbort);
        return true;
      };
      const leave = (failure: WikiApiError): void => {
        if (!finish()) return;
        job.callers -= 1;
        if (job.callers === 0) this.abortJob(key, job);
        reject(failure);
      };
      const onAbort = (): void => leave(new WikiApiError({ reason: 'aborted' }));
      const timer = setTimeout(
        () => leave(new WikiApiError({ reason: 'timeout', afterMs: caller.budgetMs })),
        caller.budgetMs,
      );
      caller.signal?.addEventListener('abort', onAbort, { once: true });
      job.promise.then(
        (value) => {
          if (finish()) resolve(value);
        },
        (error: unknown) => {
          if (finish()) reject(error);
        },
      );
    });
  }

  private startJob(key: string, start: (signal: AbortSignal) => Promise<unknown>): Job {
    const controller = new AbortController();
    const job: Job = { controller, callers: 0, promise: start(controller.signal) };
    this.jobs.set(key, job);
    const forget = (): void => {
      if (this.jobs.get(key) === job) this.jobs.delete(key);
    };
    job.promise.then(forget, forget);
    return job;
  }

  private abortJob(key: string, job: Job): void {
    if (this.jobs.get(key) === job) this.jobs.delete(key);
    job.controller.abort();
  }
}
