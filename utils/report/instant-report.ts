import { resolveInstant } from '../ownership/resolve';
import type { WikiPage } from '../page/wiki-page';
import type { PreparedRegistry } from '../registry/prepare';
import type { PageReport, RegistryStatus } from './page-report';

/** The answer from the URL alone: no network, so the panel can show it at once. */
export function buildInstantReport(page: WikiPage, prepared: PreparedRegistry, registry: RegistryStatus): PageReport {
  return {
    page,
    ownership: resolveInstant(page, prepared),
    phase: 'instant',
    teamPage: null,
    relatedGrantPages: [],
    registry,
    failures: [],
    dataFetchedAt: null,
    stale: false,
  };
}
