import { computed, signal } from '@preact/signals';
import type { WikiPage } from '../../utils/page/wiki-page';
import type { SourcesInput } from '../../utils/view/sources';
import type { SourcesFooter } from './SourcesFooter';

const footer = signal<typeof SourcesFooter | null>(null);

/**
 * The sources footer sits below the answer, out of the first screen, so its code (the source
 * list, the report and audit links) stays out of the side panel's start-up budget (35 KB gzip,
 * docs/PERFORMANCE.md). It is asked for as soon as the panel starts, beside the first render
 * rather than before it; the panel says it is busy until it is there (`sourcesFooterLoaded`).
 */
void import('./SourcesFooter').then((module) => {
  footer.value = module.SourcesFooter;
});

export const sourcesFooterLoaded = computed(() => footer.value !== null);

export function LazySourcesFooter({ input, page }: { input: SourcesInput; page: WikiPage }) {
  const Footer = footer.value;
  return Footer === null ? null : <Footer input={input} page={page} />;
}
