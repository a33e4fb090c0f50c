import type { CorpusRevision } from './corpus';

/** A page with more links than one API answer returns (pllimit max is 500 without apihighlimits). */
export const largeIndexTitle = 'Grants:Index/Large';
export const largeIndexLinkCount = 520;

/** A category with more members than a typical cmlimit, for continuation tests. */
export const generatedIdeaCategory = 'Category:IdeaLab ideas';
export const generatedIdeaCount = 65;
export const generatedIdeaTitlePrefix = 'Grants:IdeaLab/Ideas/Fixture idea ';

const dayMs = 24 * 60 * 60 * 1000;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

function largeIndex(now: Date): CorpusRevision {
  const links = Array.from({ length: largeIndexLinkCount }, (_, index) => {
    const number = pad(index + 1, 3);
    return `* [[Grants:Project/Fixture grant ${number}|Fixture grant ${number}]]`;
  });
  return {
    title: largeIndexTitle,
    text: [
      'Generated fixture: an index of grant pages, long enough that reading its links needs API continuation.',
      'Start at [[Grants:Start]].',
      '',
      ...links,
    ].join('\n'),
    author: 'Example Archivist',
    timestamp: new Date(Math.floor((now.getTime() - 30 * dayMs) / 1000) * 1000),
    comment: 'Generated index for continuation tests',
  };
}

function idea(number: number): CorpusRevision {
  return {
    title: `${generatedIdeaTitlePrefix}${pad(number, 2)}`,
    text: [
      `Generated fixture idea ${number}: a volunteer proposal parked in the IdeaLab.`,
      'It would have asked for a [[Grants:Project/Rapid|Rapid Grant]]; see [[Grants:IdeaLab]].',
      '',
      `[[${generatedIdeaCategory}]]`,
    ].join('\n'),
    author: 'Example Volunteer',
    timestamp: new Date(Date.UTC(2015, 0, 1 + number, 12)),
    comment: 'Generated idea for continuation tests',
  };
}

/**
 * A category tree of more than 1,000 pages for the audit (issue 14), as messy as Meta's: pages
 * under the prefixes of teams long gone and of teams today, pages no rule names that link to a
 * team page, historical banners, a page in two branches, redirects into the tree, and a loop
 * (the root is filed under its own grandchild). Every category's member count is a multiple of
 * 50, a generator batch, so the request count measures the audit and not the tree's rounding.
 */
export const auditFixtureCategory = 'Category:Audit fixture archive';
const auditGrantsCategory = 'Category:Audit fixture archive/Grants';
const auditOldGrantsCategory = 'Category:Audit fixture archive/Grants/Old';
const auditOutreachCategory = 'Category:Audit fixture archive/Outreach';
/** Where the root's own pages live (prefix audits read them too); the rest lie under team prefixes. */
export const auditFixturePrefix = 'Audit fixture/';

interface AuditBranch {
  category: string;
  /** Members that are content pages; the subcategories below complete the count to a multiple of 50. */
  pages: number;
  subcategories: string[];
  /** Title of the n-th page (1-based). */
  title(n: number): string;
}

/** The shapes a generated page takes, by its number: owners the registry states, infers, or does not know. */
function auditPageText(n: number, category: string): string {
  // The banner first, as Meta's archived pages carry it.
  const lines = [...(n % 11 === 0 ? ['{{historical}}'] : []), `Generated audit fixture page ${n}, an archived note from a reorganised programme.`];
  if (n % 7 === 0) lines.push('The work moved on; see [[Connection Team]] for who runs it now.');
  lines.push('', `[[${category}]]`);
  return lines.join('\n');
}

const auditBranches: AuditBranch[] = [
  {
    category: auditFixtureCategory,
    pages: 548,
    subcategories: [auditGrantsCategory, auditOutreachCategory],
    title: (n) => `${auditFixturePrefix}Note ${pad(n, 4)}`,
  },
  { category: auditGrantsCategory, pages: 299, subcategories: [auditOldGrantsCategory], title: (n) => `Grants:IEG/Audit fixture ${pad(n, 4)}` },
  // The root category page is filed here: the 150th member, and the loop.
  { category: auditOldGrantsCategory, pages: 149, subcategories: [], title: (n) => `Learning and Evaluation/Audit fixture ${pad(n, 4)}` },
  { category: auditOutreachCategory, pages: 100, subcategories: [], title: (n) => `Community Liaisons/Audit fixture ${pad(n, 4)}` },
];
/** Outreach pages also filed in the root (both categories on one page): one row each. With them and its two subcategories the root has 600 members. */
const auditSharedPages = 50;
/** Redirects filed in the root to Outreach pages: the audit follows them to a page it already has. */
const auditRedirects = 4;

function auditTreeRevisions(): CorpusRevision[] {
  const revision = (title: string, text: string, day: number): CorpusRevision => ({
    title,
    text,
    author: 'Example Archivist',
    timestamp: new Date(Date.UTC(2019, 10, 1 + (day % 28), 12)),
    comment: 'Generated page for audit tests',
  });
  const [root, grants, old, outreach] = auditBranches as [AuditBranch, AuditBranch, AuditBranch, AuditBranch];
  const categoryPages = [
    revision(root.category, `Generated audit fixture tree. [[${old.category}]]`, 0),
    revision(grants.category, `Grant pages of the audit fixture tree. [[${root.category}]]`, 0),
    revision(old.category, `Older grant pages. [[${grants.category}]]`, 0),
    revision(outreach.category, `Outreach pages. [[${root.category}]]`, 0),
  ];
  const branchPages = auditBranches.flatMap((branch) =>
    Array.from({ length: branch.pages }, (_, index) => {
      const n = index + 1;
      const text = auditPageText(n, branch.category);
      const alsoRoot = branch === outreach && n <= auditSharedPages;
      return revision(branch.title(n), alsoRoot ? `${text}\n[[${root.category}]]` : text, n);
    }),
  );
  // The root's last pages are redirects (548 = 544 notes + 4 redirects).
  const redirects = Array.from({ length: auditRedirects }, (_, index) =>
    revision(root.title(root.pages - index), `#REDIRECT [[${outreach.title(outreach.pages - index)}]]\n[[${root.category}]]`, index),
  );
  const redirectTitles = new Set(redirects.map((page) => page.title));
  return [...categoryPages, ...branchPages.filter((page) => !redirectTitles.has(page.title)), ...redirects];
}

/** Distinct pages the tree's audit must list, each once: a redirect is its target's row, which Outreach lists anyway. */
export const auditFixtureTotal = auditBranches.reduce((sum, branch) => sum + branch.pages, 0) - auditRedirects;

/** Pages made at seed time instead of being stored as hundreds of fixture files. */
export function generatedRevisions(now: Date): CorpusRevision[] {
  return [largeIndex(now), ...Array.from({ length: generatedIdeaCount }, (_, index) => idea(index + 1)), ...auditTreeRevisions()];
}
