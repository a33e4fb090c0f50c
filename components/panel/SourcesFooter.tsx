import { cdxIconFlag } from '@wikimedia/codex-icons';
import type { WikiPage } from '../../utils/page/wiki-page';
import { auditHrefForPage } from '../../utils/view/audit-link';
import { sourcesView, type SourcesInput } from '../../utils/view/sources';
import { AuditLink } from '../common/AuditLink';
import { DirectoryLink } from '../common/DirectoryLink';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { SourceList } from '../common/SourceList';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';

/**
 * Where the answer comes from: the registry in use, each source with its check date, a way to
 * report errors, every team, and an audit of pages like this one. Loaded after the first screen
 * (./LazySourcesFooter.tsx), so its view is worked out here.
 */
export function SourcesFooter({ input, page }: { input: SourcesInput; page: WikiPage }) {
  const { t } = useTranslator();
  const sources = sourcesView(input);
  const registry = <Message id={sources.registry.key} params={sources.registry.params} />;
  return (
    <footer class="wf-section wf-sources" aria-labelledby="wf-sources-heading">
      <h2 id="wf-sources-heading">{t('wayfinder-sources-heading')}</h2>
      <p>{sources.registryHref === null ? registry : <WikiLink href={sources.registryHref}>{registry}</WikiLink>}</p>
      {sources.problems.length > 0 && (
        <Notice tone="warning">
          <p>{t('wayfinder-sources-problem')}</p>
          <ul>
            {sources.problems.map((problem, index) => (
              <li key={index}>
                <bdi>{problem}</bdi>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {[sources.deleted, sources.largeChange].map(
        (warning) =>
          warning !== null && (
            <Notice tone="warning" key={warning.key}>
              <p>
                <Message id={warning.key} params={warning.params} />
              </p>
            </Notice>
          ),
      )}
      {sources.sources.length > 0 && (
        <details class="wf-sources__list">
          <summary>{t('wayfinder-sources-list')}</summary>
          <SourceList sources={sources.sources} />
        </details>
      )}
      {sources.reportHref !== null && (
        <p>
          <WikiLink href={sources.reportHref} class="wf-link">
            <Icon icon={cdxIconFlag} />
            {t('wayfinder-report-outdated')}
          </WikiLink>
        </p>
      )}
      <p>
        <DirectoryLink messageKey="wayfinder-directory-all-teams" />{' '}
        <AuditLink href={auditHrefForPage(page)} messageKey="wayfinder-audit-link-page" />
      </p>
    </footer>
  );
}
