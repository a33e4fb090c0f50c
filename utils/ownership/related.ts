import { foldForSearch, pageKey } from '../registry/keys';
import type { PreparedRegistry } from '../registry/prepare';
import type { Programme, Team } from '../registry/schema';
import type { Contact, RelatedLiaison, RelatedProgramme } from './ownership';
import { dated } from './sources';

/** The owner's contacts, each with the sources behind it. */
export function contactsOf(team: Team): Contact[] {
  const teamSources = dated(team.sources, team.verified);
  const { emails, talkPages, phabricatorTags, chatChannels } = team.contacts;
  return [
    ...emails.map((email): Contact => ({
      kind: 'email',
      address: email.address,
      purpose: email.purpose,
      sources: email.sources === undefined ? teamSources : dated(email.sources, team.verified),
    })),
    ...talkPages.map((page): Contact => ({ kind: 'talk-page', host: page.host, title: page.title, sources: teamSources })),
    ...phabricatorTags.map((tag): Contact => ({ kind: 'phabricator', tag, sources: teamSources })),
    ...chatChannels.map((channel): Contact => ({ kind: 'chat', channel, sources: teamSources })),
  ];
}

function programmeRef(programme: Programme) {
  return {
    id: programme.id,
    name: programme.name,
    status: programme.status,
    ...(programme.page === undefined ? {} : { page: programme.page }),
  };
}

/** The programme at the end of the replacement line: what carries the work on today. */
function currentReplacement(prepared: PreparedRegistry, programme: Programme): Programme | null {
  const visited = new Set([programme.id]);
  let current = programme;
  for (;;) {
    const nextId = prepared.replacedBy.get(current.id)?.[0];
    const next = nextId === undefined ? undefined : prepared.programmes.get(nextId);
    if (next === undefined || visited.has(next.id)) break;
    visited.add(next.id);
    current = next;
  }
  return current === programme ? null : current;
}

function relatedProgramme(
  prepared: PreparedRegistry,
  programme: Programme,
  relation: RelatedProgramme['relation'],
): RelatedProgramme {
  const current = currentReplacement(prepared, programme);
  return {
    ...programmeRef(programme),
    relation,
    contacts: programme.contacts.map(({ address, purpose }) => ({ address, purpose })),
    ...(programme.notes === undefined ? {} : { notes: programme.notes }),
    ...(programme.closed === undefined ? {} : { closed: programme.closed }),
    current: current === null ? null : programmeRef(current),
    sources: dated(programme.sources, programme.verified),
  };
}

/** Programmes whose page (or alias) is the title or its nearest parent page. */
function programmesAtTitle(prepared: PreparedRegistry, host: string, title: string) {
  let key = pageKey(host, title);
  for (;;) {
    const found = prepared.programmesByPage.get(key);
    if (found !== undefined) return found;
    const slash = key.lastIndexOf('/');
    if (slash <= host.length + 1) return [];
    key = key.slice(0, slash);
  }
}

/**
 * Grant programmes related to the page: those whose page or alias the title falls under (with
 * what replaced them), then those the owner runs.
 */
export function programmesFor(
  prepared: PreparedRegistry,
  host: string,
  titles: readonly string[],
  owner: Team | null,
): RelatedProgramme[] {
  const seen = new Set<string>();
  const result: RelatedProgramme[] = [];
  const add = (programme: Programme, relation: RelatedProgramme['relation']) => {
    if (seen.has(programme.id)) return;
    seen.add(programme.id);
    result.push(relatedProgramme(prepared, programme, relation));
  };
  for (const title of titles) {
    for (const { programme, relation } of programmesAtTitle(prepared, host, title)) add(programme, relation);
  }
  if (owner !== null) for (const programme of prepared.programmesByTeam.get(owner.id) ?? []) add(programme, 'runs');
  return result;
}

/** Liaisons who support the owner team, then those who support one of its products. */
export function liaisonsFor(prepared: PreparedRegistry, owner: Team | null): RelatedLiaison[] {
  if (owner === null) return [];
  const byTeam = (prepared.liaisonsByTeam.get(owner.id) ?? []).map((liaison) => ({ liaison, relation: 'team' as const }));
  const byProduct = owner.products.flatMap((product) =>
    (prepared.liaisonsByProduct.get(foldForSearch(product)) ?? []).map((liaison) => ({ liaison, relation: 'product' as const })),
  );
  const seen = new Set<string>();
  return [...byTeam, ...byProduct].flatMap(({ liaison, relation }) => {
    if (seen.has(liaison.id)) return [];
    seen.add(liaison.id);
    return [
      {
        id: liaison.id,
        name: liaison.name,
        username: liaison.username,
        role: liaison.role,
        products: [...liaison.products],
        languages: [...liaison.languages],
        relation,
        sources: dated(liaison.sources, liaison.verified),
      },
    ];
  });
}
