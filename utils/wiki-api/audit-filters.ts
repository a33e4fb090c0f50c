import { categoryTitle } from '../audit/audit-plan';
import { resolveSite } from '../page/resolve-site';
import { normalizeTitle, parseTitle } from '../page/title';
import type { ProjectFamily } from '../page/wiki-page';
import type { PreparedRegistry } from '../registry/prepare';
import { historicalTemplate } from './historical';

/**
 * The categories, templates and links an audited page is asked about: only those that can
 * change its answer. A batch of 50 pages shares one list limit (500 entries), so unfiltered
 * lists would take a round per few pages; filtered, a batch is one request.
 */
export interface AuditFilters {
  /** Full titles (`Category:…`) of the registry's category rules on this wiki. */
  categories: string[];
  /**
   * Full titles (`Template:…`) of its template rules, and the historical banner. A translated
   * banner (`Template:Historical/pt`) is not asked for: tltemplates takes whole titles, and
   * Meta's translations transclude the banner itself.
   */
  templates: string[];
  /** Its link rules' targets and the teams' pages on this wiki (inference reads links to them). */
  links: string[];
}

/** `Historical` and `Template:Historical` name the template; another namespace stays as written (as in templateKey). */
function templateTitle(family: ProjectFamily, name: string): string | null {
  const parsed = parseTitle(name, family);
  if (parsed === null) return null;
  return parsed.namespace.id === 0 ? normalizeTitle(`Template:${name}`, family) : parsed.title;
}

const sorted = (titles: Iterable<string | null>) => [...new Set([...titles].filter((title): title is string => title !== null))].sort();

export function auditFilters(prepared: PreparedRegistry, host: string): AuditFilters {
  const family = resolveSite(host)?.family ?? 'meta';
  const rules = [...prepared.rules.values()].filter((rule) => rule.wiki === host);
  const teamPages = [...prepared.teams.values()].flatMap((team) => (team.teamPage?.host === host ? [team.teamPage.title] : []));
  return {
    categories: sorted(rules.map((rule) => (rule.match.kind === 'category' ? categoryTitle(host, rule.match.category) : null))),
    templates: sorted([historicalTemplate, ...rules.map((rule) => (rule.match.kind === 'template' ? templateTitle(family, rule.match.template) : null))]),
    links: sorted([
      ...rules.map((rule) => (rule.match.kind === 'link' ? normalizeTitle(rule.match.target, family) : null)),
      ...teamPages.map((title) => normalizeTitle(title, family)),
    ]),
  };
}
