import type { EntrySize } from './bundle-sizes';
import type { ColdViewRow } from './cold-view';
import type { Machine } from './machine';
import type { OwnerLatencyRow } from './owner-latency';
import type { PageLoadResult } from './page-load';
import type { SessionResult } from './request-session';
import type { ResolverBenchResult } from './resolver.bench';

/** Everything one run of `npm run bench` measured. */
export interface BenchResults {
  quick: boolean;
  machine: Machine;
  /** Samples behind each median: per owner-latency cell, and traced page loads for the content script. */
  runs: { ownerLatency: number; pageLoad: number };
  sizes: EntrySize[];
  resolver: ResolverBenchResult;
  ownerLatency: OwnerLatencyRow[];
  coldViews: ColdViewRow[];
  session: SessionResult & { pages: number };
  pageLoad: PageLoadResult;
}
