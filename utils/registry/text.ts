import { z } from 'zod';
import { registryLimits } from './limits';

const { text: caps } = registryLimits;

const markup = /[<>]/;
const controlCharacters = /\p{Cc}/u;
// Embedding, override and isolate controls can make a name display as something else.
const directionOverrides = /[\u202A-\u202E\u2066-\u2069]/;
// Usernames are compared and linked: invisible characters would make two names look alike.
const invisibleInUsernames = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// MediaWiki rejects these in titles and usernames.
const titleSyntax = /[[\]{}|#]/;
const usernameSyntax = /[[\]{}|#/@:=]/;

function isTrimmed(text: string): boolean {
  return text.trim() === text;
}

/**
 * Display text: a name, a role, a note. Never HTML, never control or direction-override
 * characters, no surrounding blanks.
 */
export function plainText(max: number) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !markup.test(text), 'must not contain < or > (no HTML)')
    .refine(
      (text) => !controlCharacters.test(text) && !directionOverrides.test(text) && !loneSurrogate.test(text),
      'must not contain control, direction-override or broken characters',
    )
    .refine(isTrimmed, 'must not start or end with spaces');
}

/** A page title as written in the registry; its full MediaWiki validity is checked per wiki. */
export const wikiTitleSchema = plainText(caps.title).refine(
  (title) => !titleSyntax.test(title),
  'must be a page title (no [ ] { } | #)',
);

/** A MediaWiki username, compared letter for letter, so nothing invisible may hide in it. */
export const usernameSchema = plainText(caps.username)
  .refine((name) => !invisibleInUsernames.test(name), 'must not contain zero-width or direction characters')
  .refine((name) => !usernameSyntax.test(name), 'must be a username (no [ ] { } | # / @ : =)');

const fullDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const partialDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const earliestYear = 1990;
const latestYear = 2100;

function isCalendarDate(text: string, pattern: RegExp): boolean {
  const match = pattern.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (year < earliestYear || year > latestYear || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD: when someone last checked a claim against its sources. */
export const isoDateSchema = z
  .string()
  .max(10)
  .refine((text) => isCalendarDate(text, fullDate), 'must be a date written YYYY-MM-DD');

/** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source is, and no more. */
export const partialDateSchema = z
  .string()
  .max(10)
  .refine((text) => isCalendarDate(text, partialDate), 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');

/** A start date, or 'unknown' where no source gives one: dates are never guessed. */
export const startDateSchema = z.union([z.literal('unknown'), partialDateSchema]);

export const languageCodeSchema = z
  .string()
  .max(caps.languageCode)
  .regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, 'must be a language code such as en, pt-br or zh-hans');

// Contacts must stay at the Foundation: an anonymous edit cannot route abuse or emergency
// reports to an outside mailbox.
const emailDomains = ['wikimedia.org', 'lists.wikimedia.org', 'wikimediafoundation.org'];

export const emailAddressSchema = z
  .email('must be an e-mail address')
  .max(caps.email)
  .refine((address) => {
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
    return emailDomains.includes(domain);
  }, `must be an address at ${emailDomains.join(', ')}`);
