import { describe, expect, it } from 'vitest';
import { maxAuditPages } from '../../../utils/audit/audit-input';
import { auditFormFromQuery, auditInputFromForm, auditKinds, emptyAuditForm } from '../../../utils/view/audit-form';
import { auditHref, auditHrefForTeam } from '../../../utils/view/audit-link';

const query = (href: string) => href.slice(href.indexOf('?'));

describe('the audit form from its address', () => {
  it('offers every kind the input schema knows', () => {
    expect(auditKinds).toEqual(['category', 'prefix', 'links-to', 'transcludes', 'titles', 'team']);
  });

  it('reads the fields the audit links write', () => {
    expect(auditFormFromQuery(query(auditHref({ host: 'www.mediawiki.org', kind: 'category', category: 'Category:Grants', depth: 2 })))).toEqual({
      ...emptyAuditForm,
      host: 'www.mediawiki.org',
      kind: 'category',
      category: 'Category:Grants',
      depth: '2',
    });
    expect(auditFormFromQuery(query(auditHref({ host: 'meta.wikimedia.org', kind: 'prefix', namespace: 200, prefix: 'Project/Rapid' })))).toMatchObject({ kind: 'prefix', namespace: '200', prefix: 'Project/Rapid' });
    expect(auditFormFromQuery(query(auditHrefForTeam('team:trust-and-safety')))).toMatchObject({ kind: 'team', team: 'team:trust-and-safety', host: 'meta.wikimedia.org' });
    expect(auditFormFromQuery('?kind=links-to&target=Wiki+Wayfinder')).toMatchObject({ kind: 'links-to', target: 'Wiki Wayfinder' });
  });

  it('keeps its defaults for what a link leaves out or gets wrong', () => {
    expect(auditFormFromQuery('')).toEqual(emptyAuditForm);
    expect(auditFormFromQuery('?kind=everything&host=')).toEqual(emptyAuditForm);
    // No pasted list travels in a link.
    expect(auditFormFromQuery('?titles=Main+Page')).toEqual(emptyAuditForm);
  });
});

describe('the audit the form asks for', () => {
  it('builds each kind, checked by the input schema', () => {
    expect(auditInputFromForm({ ...emptyAuditForm, category: 'Grants', depth: '3' })).toEqual({
      ok: true,
      input: { kind: 'category', host: 'meta.wikimedia.org', category: 'Category:Grants', depth: 3 },
      pasted: null,
    });
    expect(auditInputFromForm({ ...emptyAuditForm, category: 'category:Grants' })).toMatchObject({ ok: true, input: { category: 'category:Grants', depth: 0 } });
    expect(auditInputFromForm({ ...emptyAuditForm, kind: 'prefix', namespace: '200', prefix: ' Project/ ' })).toMatchObject({ ok: true, input: { kind: 'prefix', namespace: 200, prefix: 'Project/' } });
    expect(auditInputFromForm({ ...emptyAuditForm, kind: 'transcludes', target: 'Template:Historical' })).toMatchObject({ ok: true, input: { kind: 'transcludes', target: 'Template:Historical' } });
    expect(auditInputFromForm({ ...emptyAuditForm, kind: 'team', team: 'team:trust-and-safety' })).toMatchObject({ ok: true, input: { kind: 'team', team: 'team:trust-and-safety' } });
  });

  it('names the fields that are wrong', () => {
    expect(auditInputFromForm({ ...emptyAuditForm, host: 'example.org', category: '' })).toMatchObject({ ok: false, invalid: ['host', 'category'] });
    expect(auditInputFromForm({ ...emptyAuditForm, category: 'Grants', depth: '9' })).toMatchObject({ ok: false, invalid: ['depth'] });
    expect(auditInputFromForm({ ...emptyAuditForm, kind: 'prefix', namespace: '', prefix: 'X' })).toMatchObject({ ok: false, invalid: ['namespace'] });
    expect(auditInputFromForm({ ...emptyAuditForm, kind: 'prefix', namespace: '-1', prefix: 'X' })).toMatchObject({ ok: false, invalid: ['namespace'] });
    expect(auditInputFromForm({ ...emptyAuditForm, kind: 'team', team: 'Trust and Safety' })).toMatchObject({ ok: false, invalid: ['team'] });
    expect(auditInputFromForm({ ...emptyAuditForm, kind: 'links-to', target: '  ' })).toMatchObject({ ok: false, invalid: ['target'] });
  });

  it('reads a pasted list, and says which lines it left out', () => {
    const result = auditInputFromForm({ ...emptyAuditForm, kind: 'titles', titles: 'Main Page\nhttps://en.wikipedia.org/wiki/Foo\n* [[Grants:Start]]\nSpecial:RecentChanges' });
    expect(result).toMatchObject({ ok: true, input: { kind: 'titles', titles: ['Main Page', 'Grants:Start'] } });
    expect(result.pasted?.rejected).toEqual([
      { line: 'https://en.wikipedia.org/wiki/Foo', reason: 'other-wiki' },
      { line: 'Special:RecentChanges', reason: 'special-page' },
    ]);
    expect(auditInputFromForm({ ...emptyAuditForm, kind: 'titles', titles: '# nothing but a comment' })).toMatchObject({ ok: false, invalid: ['titles'] });
  });

  it('cuts a list longer than an audit reads, and says by how much', () => {
    const titles = Array.from({ length: maxAuditPages + 3 }, (_, index) => `Page ${index}`).join('\n');
    const result = auditInputFromForm({ ...emptyAuditForm, kind: 'titles', titles });
    expect(result.ok).toBe(true);
    expect(result.pasted?.titles).toHaveLength(maxAuditPages);
    expect(result.pasted?.overLimit).toBe(3);
  });
});
