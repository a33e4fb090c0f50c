import type { Translator } from '../i18n/translator';
import type { Ownership } from '../ownership/ownership';

/**
 * The in-page badge's words: today's team, hedged as the answer is ("Now: probably …"), the
 * number of teams a dissolved or split team's work went to, or that the owner is unknown.
 */
export function badgeLabel(ownership: Pick<Ownership, 'status' | 'owner' | 'certainty' | 'successorMap'>, t: Translator['t']): string {
  const { owner, successorMap } = ownership;
  if (ownership.status === 'split' && successorMap !== null && successorMap.ownerCount > 0) {
    return t('wayfinder-badge-now-teams', successorMap.ownerCount);
  }
  if (ownership.status !== 'owned' || owner === null) return t('wayfinder-badge-now-unknown');
  const { certainty } = ownership;
  return certainty === 'indirect' || certainty === 'unverified' ? t(`wayfinder-badge-now-${certainty}`, owner.name) : t('wayfinder-badge-now', owner.name);
}
