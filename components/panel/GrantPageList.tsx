import type { GrantPageRow } from '../../utils/view/grants';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';

// More pages than this are listed behind a closed disclosure.
const openPageLimit = 5;

/** Grants: pages under a counted heading ("2 Grants pages this page links to"), each with its state. */
export function GrantPageList({ pages, headingId }: { pages: GrantPageRow[]; headingId: string }) {
  const { t } = useTranslator();
  return (
    <details class="wf-grants__pages" open={pages.length <= openPageLimit}>
      <summary>
        <Message id={headingId} params={[pages.length]} />
      </summary>
      <ul class="wf-grants__page-list">
        {pages.map((page) => (
          <li key={page.title}>
            <WikiLink href={page.href}>
              <bdi>{page.title}</bdi>
            </WikiLink>
            {page.exists === false && (
              <>
                {' '}
                <span class="wf-tag wf-tag--error">{t('wayfinder-grants-page-missing')}</span>
              </>
            )}
            {page.programme !== null && (
              <span class="wf-subtle">
                {' '}
                <Message id="wayfinder-grants-page-programme" params={[page.programme]} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
