/**
 * Formats a message in banana (MediaWiki) syntax as plain text: `$1`, `$2`… are parameters, and
 * `{{PLURAL:$1|one form|other form}}` picks a form by the CLDR plural rules of the interface
 * language, explicit `N=` forms first, exactly as banana-i18n picks it (tests/unit/i18n checks
 * every shipped message against banana-i18n). A message that uses more of the syntax (GENDER,
 * GRAMMAR, bidi, HTML) goes to banana-i18n itself, loaded only then (./load-translator.ts):
 * banana-i18n is about 11 KB gzip, a third of the side panel's budget (docs/PERFORMANCE.md).
 */
export function formatMessage(message: string, params: readonly string[], language: string): string {
  return expand(message, params, language);
}

const magicWordNames = /\{\{\s*([^:|}]*)/g;

/** Whether banana-i18n's full parser is needed: any magic word but PLURAL, HTML, or an escape inside a magic word. */
export function needsFullParser(message: string): boolean {
  if (message.includes('<')) return true;
  if (!message.includes('{{')) return false;
  if (message.includes('\\')) return true;
  return [...message.matchAll(magicWordNames)].some((match) => match[1]?.trim().toUpperCase() !== 'PLURAL');
}

const parameter = /\$(\d+)/g;

function replaceParameters(text: string, params: readonly string[]): string {
  return text.replace(parameter, (written, digits: string) => params[Number(digits) - 1] ?? written);
}

/** The index of the `}}` that closes the `{{` at `open`, or -1 when it is never closed. */
function closingBraces(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length - 1; index++) {
    if (text.startsWith('{{', index)) {
      depth += 1;
      index += 1;
    } else if (text.startsWith('}}', index)) {
      depth -= 1;
      if (depth === 0) return index;
      index += 1;
    }
  }
  return -1;
}

/** Splits on the `|` that are not inside a nested `{{…}}`. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text.startsWith('{{', index)) {
      depth += 1;
      index += 1;
    } else if (text.startsWith('}}', index)) {
      depth -= 1;
      index += 1;
    } else if (text[index] === '|' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function expand(text: string, params: readonly string[], language: string): string {
  let output = '';
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf('{{', position);
    const close = open === -1 ? -1 : closingBraces(text, open);
    if (close === -1) return output + replaceParameters(text.slice(position), params);
    output += replaceParameters(text.slice(position, open), params);
    output += magicWord(text.slice(open, close + 2), params, language);
    position = close + 2;
  }
  return output;
}

function magicWord(written: string, params: readonly string[], language: string): string {
  const inner = written.slice(2, -2);
  const colon = inner.indexOf(':');
  if (colon === -1 || inner.slice(0, colon).trim().toUpperCase() !== 'PLURAL') return replaceParameters(written, params);
  const [count = '', ...forms] = splitArguments(inner.slice(colon + 1)).map((part) => expand(part, params, language));
  return pluralForm(Number.parseFloat(count), forms, language);
}

// Unanchored, as in banana-i18n and MediaWiki: " 1=one" is an explicit form too.
const explicitForm = /\d+=/;
const categoryOrder: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const pluralRules = new Map<string, Intl.PluralRules>();

function rulesFor(language: string): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules;
}

/**
 * An `N=` form whose N is the count wins; otherwise the forms are the language's plural
 * categories in CLDR order (zero, one, two, few, many, other, those it has), the last form
 * standing in for any missing ones.
 */
function pluralForm(count: number, forms: readonly string[], language: string): string {
  const ordinary: string[] = [];
  for (const form of forms) {
    if (!explicitForm.test(form)) {
      // banana-i18n drops empty forms too.
      if (form !== '') ordinary.push(form);
      continue;
    }
    const equals = form.indexOf('=');
    if (Number.parseInt(form.slice(0, equals), 10) === count) return form.slice(equals + 1);
  }
  if (ordinary.length === 0) return '';
  const rules = rulesFor(language);
  const categories = rules.resolvedOptions().pluralCategories;
  const index = categoryOrder.filter((category) => categories.includes(category)).indexOf(rules.select(count));
  return ordinary[Math.min(index, ordinary.length - 1)] ?? '';
}
