import type { Contacts, Registry } from './schema';
import { stableJson } from './stable-json';

export interface EntityChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface RegistryDiff {
  teams: EntityChanges;
  rules: EntityChanges;
  programmes: EntityChanges;
  liaisons: EntityChanges;
  quickLinks: EntityChanges;
  /** Teams and programmes whose contacts differ, against how many had contacts before. */
  contacts: { changed: string[]; before: number };
  /** Share of the old registry's entities that were changed or removed, 0 to 1. */
  changedShare: number;
  /** A change big enough that the UI should show its revision and author before trusting it. */
  large: boolean;
}

/** Above this share of changed entities, or of changed contacts, a change counts as large. */
export const largeChangeShare = 0.25;
/** Changing this many contact lists at once counts as large whatever the share. */
export const largeContactChanges = 3;

function compare<T extends { id: string }>(before: readonly T[], after: readonly T[]): EntityChanges {
  const old = new Map(before.map((entity) => [entity.id, stableJson(entity)]));
  const next = new Map(after.map((entity) => [entity.id, stableJson(entity)]));
  return {
    added: [...next.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !next.has(id)),
    changed: [...next].filter(([id, text]) => old.has(id) && old.get(id) !== text).map(([id]) => id),
  };
}

function contactCount({ emails, talkPages, phabricatorTags, chatChannels }: Contacts): number {
  return emails.length + talkPages.length + phabricatorTags.length + chatChannels.length;
}

/** Entity id → its contacts as text, for the teams and programmes that have any. */
function contactTexts(registry: Registry): Map<string, string> {
  return new Map([
    ...registry.teams
      .filter((team) => contactCount(team.contacts) > 0)
      .map((team) => [team.id, stableJson(team.contacts)] as const),
    ...registry.programmes
      .filter((programme) => programme.contacts.length > 0)
      .map((programme) => [programme.id, stableJson(programme.contacts)] as const),
  ]);
}

/**
 * What an on-wiki edit changed, counted so the UI can flag a large change, such as every contact
 * replaced at once, with the revision and author that made it. A change can be valid and still
 * be vandalism: validation cannot tell, people can.
 */
export function diffRegistries(before: Registry, after: Registry): RegistryDiff {
  const sections = {
    teams: compare(before.teams, after.teams),
    rules: compare(before.rules, after.rules),
    programmes: compare(before.programmes, after.programmes),
    liaisons: compare(before.liaisons, after.liaisons),
    quickLinks: compare(before.quickLinks, after.quickLinks),
  };
  const oldContacts = contactTexts(before);
  const newContacts = contactTexts(after);
  const changedContacts = [...new Set([...oldContacts.keys(), ...newContacts.keys()])].filter(
    (id) => oldContacts.get(id) !== newContacts.get(id),
  );
  const oldCount = before.teams.length + before.rules.length + before.programmes.length + before.liaisons.length + before.quickLinks.length;
  const touched = Object.values(sections).reduce((sum, section) => sum + section.changed.length + section.removed.length, 0);
  const changedShare = oldCount === 0 ? 0 : touched / oldCount;
  const contactShare = oldContacts.size === 0 ? 0 : changedContacts.length / oldContacts.size;
  return {
    ...sections,
    contacts: { changed: changedContacts, before: oldContacts.size },
    changedShare,
    large: changedShare > largeChangeShare || contactShare > largeChangeShare || changedContacts.length >= largeContactChanges,
  };
}
