import type { AuditThroughputRow } from './audit-throughput';
import type { EntrySize } from './bundle-sizes';
import type { ColdViewRow } from './cold-view';
import type { FirstScreenRow } from './first-screen';
import type { Machine } from './machine';
import type { OwnerLatencyRow } from './owner-latency';
import type { PageLoadResult } from './page-load';
import type { SessionResult } from './request-session';
import type { ResolverBenchResult } from './resolver.bench';

/** Everything one run of `npm run bench` measured. */
export interface BenchResults {
  quick: boolean;
  machine: Machine;
  /** Samples behind each median: per owner-latency cell, traced page loads for the content script, warm openings per first screen. */
  runs: { ownerLatency: number; pageLoad: number; firstScreen: number };
  sizes: EntrySize[];
  resolver: ResolverBenchResult;
  ownerLatency: OwnerLatencyRow[];
  coldViews: ColdViewRow[];
  session: SessionResult & { pages: number };
  pageLoad: PageLoadResult;
  audit: AuditThroughputRow[];
  firstScreens: FirstScreenRow[];
}
