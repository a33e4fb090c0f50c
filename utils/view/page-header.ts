import type { WikiPage } from '../page/wiki-page';
import type { PageReport } from '../report/page-report';
import { message, type MessageSpec } from './message-spec';

export interface PageHeaderView {
  host: string;
  /** The page's title; null when only an id is known, and `untitled` says which. */
  title: string | null;
  untitled: MessageSpec | null;
  /** The page is a translation: its topic is the source page. */
  translationOf: { title: string; language: string } | null;
  redirectedFrom: string | null;
  isHistorical: boolean;
}

function untitledOf(page: WikiPage): MessageSpec {
  if (page.pageId !== null) return message('wayfinder-page-by-id', page.pageId);
  return message('wayfinder-page-by-revision', page.revisionId ?? 0);
}

export function pageHeaderView(page: WikiPage, report: PageReport | null): PageHeaderView {
  const topic = report?.ownership.topic;
  const title = topic?.title ?? page.title;
  const translation = topic?.translationOf ?? (page.translation && { title: page.translation.sourceTitle, language: page.translation.language });
  return {
    host: page.site.host,
    title,
    untitled: title === null ? untitledOf(page) : null,
    translationOf: translation ?? null,
    redirectedFrom: topic?.redirectedFrom ?? null,
    isHistorical: report?.ownership.reasons.some((reason) => reason.code === 'page-historical') ?? false,
  };
}
