import { describe, expect, it } from 'vitest';
import { auditHref, auditHrefForPage, auditHrefForTeam } from '../../../utils/view/audit-link';
import { pageAt } from '../ownership/pages';

const query = (href: string) => Object.fromEntries(new URL(href, 'chrome-extension://id').searchParams);

describe('audit links', () => {
  it('opens the empty form without fields', () => {
    expect(auditHref()).toBe('/audit.html');
  });

  it("fills in a category page's members, one level of subcategories deep", () => {
    expect(query(auditHrefForPage(pageAt('Category:Archives')))).toEqual({ host: 'meta.wikimedia.org', kind: 'category', category: 'Category:Archives', depth: '1' });
  });

  it("fills in any other page's subpages, in its namespace", () => {
    expect(auditHrefForPage(pageAt('Grants:IEG'))).toBe('/audit.html?host=meta.wikimedia.org&kind=prefix&namespace=200&prefix=IEG');
    expect(query(auditHrefForPage(pageAt('Community Engagement')))).toEqual({ host: 'meta.wikimedia.org', kind: 'prefix', namespace: '0', prefix: 'Community Engagement' });
  });

  it('fills in only the wiki for a special page', () => {
    expect(query(auditHrefForPage(pageAt('Special:RecentChanges')))).toEqual({ host: 'meta.wikimedia.org' });
  });

  it("fills in a team's pages", () => {
    expect(query(auditHrefForTeam('team:community-resources'))).toEqual({ host: 'meta.wikimedia.org', kind: 'team', team: 'team:community-resources' });
  });
});
