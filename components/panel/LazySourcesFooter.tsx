import { signal } from '@preact/signals';
import type { WikiPage } from '../../utils/page/wiki-page';
import type { SourcesInput } from '../../utils/view/sources';
import type { SourcesFooter } from './SourcesFooter';

const footer = signal<typeof SourcesFooter | null>(null);
let loading: Promise<void> | undefined;

/**
 * The sources footer sits below the answer, out of the first screen, so it loads after it: its
 * code (the source list, the report and audit links) stays out of the side panel's start-up
 * budget (35 KB gzip, docs/PERFORMANCE.md). A file of the extension's own, it is there a moment
 * later; nothing is shown meanwhile rather than a placeholder that would jump.
 */
export function LazySourcesFooter({ input, page }: { input: SourcesInput; page: WikiPage }) {
  loading ??= import('./SourcesFooter').then((module) => {
    footer.value = module.SourcesFooter;
  });
  const Footer = footer.value;
  return Footer === null ? null : <Footer input={input} page={page} />;
}
