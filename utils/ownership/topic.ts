import { namespaceNameOf, type NamespaceTable } from '../page/site-namespaces';
import { splitTranslationSubpage } from '../page/title';
import { splitTranslationUnit, tentativeTranslation, translationsNamespaceId } from '../page/translate-titles';
import type { WikiPage } from '../page/wiki-page';
import type { PageFacts } from './page-facts';
import type { Reason } from './ownership';

/** The page the answer is about, and the titles rules are tried against. */
export interface Topic {
  host: string;
  /** The page's own title after redirects; null when only an id is known. */
  title: string | null;
  namespace: number | null;
  translationOf: { title: string; language: string } | null;
  redirectedFrom: string | null;
  /** Titles to match, best first: the topic's title (a translation's source, a talk page's subject), then the redirect's. */
  matchTitles: string[];
  /** The namespace of the first match title. */
  matchNamespace: number | null;
  reasons: Reason[];
}

const talkSuffix = / talk$/i;

/**
 * The subject page of a talk page: `Talk:X` → `X`, `Grants talk:X` → `Grants:X`. With the
 * wiki's own namespace names the subject namespace's local name is used (`Benutzer
 * Diskussion:X` → `Benutzer:X`); without them only English names are read, which is what Meta
 * and mediawiki.org use.
 */
function subjectOf(title: string, namespace: number, names: NamespaceTable | null): string | null {
  if (namespace <= 0 || namespace % 2 === 0) return null;
  const colon = title.indexOf(':');
  if (colon <= 0) return null;
  const prefix = title.slice(0, colon);
  const rest = title.slice(colon + 1);
  if (namespace === 1) return rest;
  const englishSubject = talkSuffix.test(prefix) ? prefix.replace(talkSuffix, '') : undefined;
  const subject = names === null ? englishSubject : namespaceNameOf(names, namespace - 1);
  return subject ? `${subject}:${rest}` : null;
}

/**
 * With page facts the wiki has said whether the page is a translation (utils/wiki-api/page-facts.ts);
 * without them, or for a talk page's subject (which the facts are not about), the title's shape
 * gives a first reading that is never taken for user pages.
 */
function translationOf(title: string, namespace: number | null, facts: PageFacts | null): { title: string; language: string } | null {
  if (facts === null) {
    const tentative = namespace === null ? null : tentativeTranslation(title, namespace);
    return tentative === null ? null : { title: tentative.sourceTitle, language: tentative.language };
  }
  if (facts.translationSource === undefined || facts.translationSource === title) return null;
  const split = namespace === translationsNamespaceId ? splitTranslationUnit(title) : splitTranslationSubpage(title);
  const slash = title.lastIndexOf('/');
  return { title: facts.translationSource, language: split?.language ?? (slash === -1 ? '' : title.slice(slash + 1)) };
}

/** The page the ownership question is really about: its source page, its subject page. */
function topicTitleOf(title: string, namespace: number | null, facts: PageFacts | null, names: NamespaceTable | null, reasons: Reason[]) {
  const subject = namespace === null ? null : subjectOf(title, namespace, names);
  if (subject !== null) reasons.push({ code: 'talk-page-of', params: [subject] });
  const base = subject ?? title;
  const baseNamespace = subject !== null && namespace !== null ? namespace - 1 : namespace;
  const translation = translationOf(base, baseNamespace, subject === null ? facts : null);
  if (translation !== null) reasons.push({ code: 'translation-of', params: [translation.title, translation.language] });
  return {
    title: translation?.title ?? base,
    namespace: baseNamespace,
    translation,
  };
}

/** `names`: the wiki's own namespaces, where the background has read them (utils/page/reread-page.ts). */
export function describeTopic(page: WikiPage, facts: PageFacts | null, names: NamespaceTable | null): Topic {
  const reasons: Reason[] = [];
  const title = facts?.title ?? page.title;
  const namespace = facts?.namespace ?? page.namespace?.id ?? null;
  const redirectedFrom = facts?.redirectedFrom ?? null;
  const topic: Topic = {
    host: page.site.host,
    title,
    namespace,
    translationOf: null,
    redirectedFrom,
    matchTitles: [],
    matchNamespace: namespace,
    reasons,
  };
  if (title === null) return topic;
  if (facts !== null && !facts.exists) reasons.push({ code: 'page-missing', params: [title] });
  if (redirectedFrom !== null) reasons.push({ code: 'redirected-from', params: [redirectedFrom] });
  const main = topicTitleOf(title, namespace, facts, names, reasons);
  topic.translationOf = main.translation;
  topic.matchNamespace = main.namespace;
  topic.matchTitles = redirectedFrom === null || redirectedFrom === main.title ? [main.title] : [main.title, redirectedFrom];
  return topic;
}
