import { namespaceTableOf, siteNamespacesAnswerSchema, type NamespaceTable } from '../page/site-namespaces';
import type { WikiSession } from './transport';

/**
 * The wiki's own namespace names, canonical names and aliases (utils/page/site-namespaces.ts),
 * so a localised prefix (`Diskussion:`, `Spezial:`) reads as MediaWiki reads it.
 * **Cost: 1 request**, cached a week per wiki, asked only for a main-namespace title with a colon.
 */
export async function fetchSiteNamespaces(session: WikiSession, signal?: AbortSignal): Promise<NamespaceTable> {
  const answer = await session.request(
    { action: 'query', meta: 'siteinfo', siprop: ['namespaces', 'namespacealiases'] },
    siteNamespacesAnswerSchema,
    signal,
  );
  return namespaceTableOf(answer);
}
