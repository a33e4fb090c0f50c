import { z } from 'zod';
import { titleKey } from '../page/title';
import { inBatches, uniqueBy } from './query-answer';
import type { WikiSession } from './transport';

export const lastEditSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), timestamp: z.string() }),
  /** The account has no visible edit. */
  z.object({ status: z.literal('none') }),
  /** Not determined within the request budget. */
  z.object({ status: z.literal('unknown') }),
]);

/** A listed contact's account, as far as one wiki's API tells. */
export const userActivitySchema = z.object({
  /** The name as asked for. */
  requestedName: z.string(),
  /** The name as the wiki spells it. */
  name: z.string(),
  exists: z.boolean(),
  /** Not a possible account name (an IP address, or characters no user name may hold). */
  invalid: z.boolean(),
  blocked: z.object({ partial: z.boolean(), expiry: z.string() }).nullable(),
  /**
   * Locked globally, as CentralAuth says (meta=globaluserinfo); null where it was not asked: a
   * wiki without CentralAuth, or an account past the per-batch cap (lockChecksPerBatch).
   */
  locked: z.boolean().nullable(),
  editCount: z.number().int().nullable(),
  registration: z.string().nullable(),
  lastEdit: lastEditSchema,
});
export type UserActivity = z.infer<typeof userActivitySchema>;

/** Rounds of list=usercontribs per batch: each one settles at least one more user. */
const maxRounds = 3;
/**
 * CentralAuth answers for one account per request, so locks are asked for the accounts that
 * could be shown as current contacts (not blocked, with a visible edit), most recent first, and
 * at most this many per batch; the answers are cached with the activity for a day.
 */
export const lockChecksPerBatch = 10;

/** meta=globaluserinfo as CentralAuth's ApiQueryGlobalUserInfo writes it (formatversion=2). */
const globalUserAnswerSchema = z.object({
  query: z
    .object({
      globaluserinfo: z.object({ missing: z.boolean().optional(), locked: z.boolean().optional() }).optional(),
    })
    .optional(),
});

const usersAnswerSchema = z.object({
  continue: z.record(z.string(), z.unknown()).optional(),
  query: z
    .object({
      users: z
        .array(
          z.object({
            name: z.string(),
            missing: z.boolean().optional(),
            invalid: z.boolean().optional(),
            editcount: z.number().int().optional(),
            registration: z.string().nullable().optional(),
            blockid: z.number().int().optional(),
            blockexpiry: z.string().optional(),
            blockpartial: z.boolean().optional(),
            /** Core's central ids: a CentralAuth id means the wiki can say whether the account is locked. */
            centralids: z.object({ CentralAuth: z.number().int().optional() }).optional(),
          }),
        )
        .optional(),
      usercontribs: z.array(z.object({ user: z.string(), timestamp: z.string() })).optional(),
    })
    .optional(),
});
type UsersAnswer = z.infer<typeof usersAnswerSchema>;
type UserRecord = NonNullable<NonNullable<UsersAnswer['query']>['users']>[number];

/**
 * Characters that make ucuser reject the whole request (`baduser`): link syntax, namespace
 * or interwiki prefixes, subpages and IP ranges. Such names are answered without asking.
 */
const unaskableName = /[#<>[\]|{}/:\p{Cc}]/u;

interface Contribs {
  lastEdits: Map<string, string>;
  /** The oldest edit listed, when the list was cut short: older edits were not seen. */
  cutAt: string | null;
}

function readContribs(answer: UsersAnswer): Contribs {
  const lastEdits = new Map<string, string>();
  const contribs = answer.query?.usercontribs ?? [];
  // The merged stream is newest first, so each user's first entry is their last edit.
  for (const contrib of contribs) if (!lastEdits.has(contrib.user)) lastEdits.set(contrib.user, contrib.timestamp);
  const cut = answer.continue !== undefined && 'uccontinue' in answer.continue;
  return { lastEdits, cutAt: cut ? (contribs.at(-1)?.timestamp ?? null) : null };
}

function toActivity(
  requestedName: string,
  record: UserRecord | undefined,
  lastEdit: UserActivity['lastEdit'],
  locked: boolean | null = null,
): UserActivity {
  const exists = record !== undefined && !record.missing && !record.invalid;
  return {
    requestedName,
    name: record?.name ?? titleKey(requestedName),
    exists,
    invalid: record === undefined || record.invalid === true,
    blocked:
      record?.blockid === undefined
        ? null
        : { partial: record.blockpartial === true, expiry: record.blockexpiry ?? 'infinite' },
    locked,
    editCount: exists ? (record.editcount ?? null) : null,
    registration: exists ? (record.registration ?? null) : null,
    lastEdit: exists ? lastEdit : { status: 'none' },
  };
}

/**
 * One request asks list=users and list=usercontribs together for the whole batch. The
 * contributions of all users arrive as one stream, newest first, 500 at most: a user whose
 * last edit is in it is settled. If the stream was cut short, the users still unsettled have
 * not edited since its oldest entry, so the next round asks only for them, starting there, and
 * the busy users who filled the first round cannot fill it again. Usually one round settles
 * all, at worst each round settles one more; the cap leaves the rest unknown.
 */
async function fetchBatch(session: WikiSession, names: string[], signal: AbortSignal | undefined): Promise<UserActivity[]> {
  const askable = names.filter((name) => !unaskableName.test(name));
  if (askable.length === 0) return names.map((name) => toActivity(name, undefined, { status: 'none' }));

  const first = await session.request(
    {
      action: 'query',
      list: ['users', 'usercontribs'],
      ususers: askable,
      usprop: ['blockinfo', 'editcount', 'registration', 'centralids'],
      ucuser: askable,
      ucprop: 'timestamp',
      uclimit: 'max',
    },
    usersAnswerSchema,
    signal,
  );
  const records = new Map((first.query?.users ?? []).map((record) => [record.name, record]));
  const recordOf = (name: string): UserRecord | undefined => records.get(titleKey(name));
  let contribs = readContribs(first);
  const lastEdits = new Map(contribs.lastEdits);
  const hasEdits = (name: string): boolean => (recordOf(name)?.editcount ?? 0) > 0;

  for (let round = 1; round < maxRounds && contribs.cutAt !== null; round += 1) {
    const unsettled = uniqueBy(
      askable.map(titleKey).filter((name) => hasEdits(name) && !lastEdits.has(name)),
      (name) => name,
    );
    if (unsettled.length === 0) break;
    const next = await session.request(
      {
        action: 'query',
        list: 'usercontribs',
        ucuser: unsettled,
        ucstart: contribs.cutAt,
        ucprop: 'timestamp',
        uclimit: 'max',
      },
      usersAnswerSchema,
      signal,
    );
    contribs = readContribs(next);
    for (const [user, timestamp] of contribs.lastEdits) if (!lastEdits.has(user)) lastEdits.set(user, timestamp);
  }

  const streamComplete = contribs.cutAt === null;
  const activities = names.map((name) => {
    const timestamp = lastEdits.get(titleKey(name));
    if (timestamp !== undefined) return toActivity(name, recordOf(name), { status: 'found', timestamp });
    if (unaskableName.test(name)) return toActivity(name, undefined, { status: 'none' });
    // Edit counts include deleted edits: a counted edit missing from a whole stream is hidden.
    const unseen = hasEdits(name) && !streamComplete;
    return toActivity(name, recordOf(name), unseen ? { status: 'unknown' } : { status: 'none' });
  });
  const locks = await globalLocks(session, lockCandidates(activities, recordOf), signal);
  return activities.map((activity) => (locks.has(activity.name) ? { ...activity, locked: locks.get(activity.name)! } : activity));
}

function lockCandidates(activities: readonly UserActivity[], recordOf: (name: string) => UserRecord | undefined): string[] {
  const candidates = activities.filter(
    (activity) =>
      activity.exists &&
      activity.blocked === null &&
      activity.lastEdit.status === 'found' &&
      recordOf(activity.name)?.centralids?.CentralAuth !== undefined,
  );
  const newestFirst = candidates.sort((a, b) => lastEditTime(b).localeCompare(lastEditTime(a)));
  return uniqueBy(newestFirst, (activity) => activity.name)
    .slice(0, lockChecksPerBatch)
    .map((activity) => activity.name);
}

const lastEditTime = (activity: UserActivity) => (activity.lastEdit.status === 'found' ? activity.lastEdit.timestamp : '');

/** One meta=globaluserinfo request per account, side by side within the host's slots. */
async function globalLocks(session: WikiSession, names: readonly string[], signal: AbortSignal | undefined): Promise<Map<string, boolean>> {
  const answers = await Promise.all(
    names.map(async (name) => {
      const answer = await session.request({ action: 'query', meta: 'globaluserinfo', guiuser: name }, globalUserAnswerSchema, signal);
      const info = answer.query?.globaluserinfo;
      return [name, info === undefined || info.missing === true ? null : info.locked === true] as const;
    }),
  );
  return new Map(answers.flatMap(([name, locked]) => (locked === null ? [] : [[name, locked] as const])));
}

/** Activity of listed contacts: one request per 50 users in the usual case. */
export async function fetchUserActivity(
  session: WikiSession,
  usernames: readonly string[],
  signal?: AbortSignal,
): Promise<UserActivity[]> {
  const unique = uniqueBy(usernames, (name) => name);
  const batches = await Promise.all(inBatches(unique).map((batch) => fetchBatch(session, batch, signal)));
  return batches.flat();
}
