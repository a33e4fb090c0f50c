const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * Date formatters by language and options, made once: building one costs about 0.1 ms (ICU loads
 * its patterns), and a panel shows dozens of dates on every render.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = language + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (format === undefined) dateFormats.set(key, (format = new Intl.DateTimeFormat(language, options)));
  return format;
}

/** "3 hours ago", "in 2 minutes", "now", in the interface language, from two instants. */
export function relativeTime(when: Date, now: Date, language: string): string {
  const seconds = Math.round((when.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** An ISO time as a date the interface language reads naturally; the input itself when invalid. */
export function formatDate(iso: string, language: string): string {
  // A year or a month is as precise as its source: never pad it out to a day.
  if (/^\d{4}(?:-\d{2})?$/.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const precise = /T\d{2}:/.test(iso);
  return dateFormat(language, precise ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A registry date as precise as its source: "2019", "November 2019", or a full date. */
export function formatPartialDate(date: string, language: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month === null) return formatDate(date, language);
  const value = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  if (Number.isNaN(value.getTime())) return date;
  return dateFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(value);
}
