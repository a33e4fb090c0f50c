import type { GrantsView } from '../../utils/view/grants';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';
import { ProgrammeList } from './ProgrammeList';

// A page that links more Grants: pages than this lists them behind a disclosure.
const openPageLimit = 5;

/**
 * Grant programmes tied to the page (old ones with what replaced them), the other programmes
 * of the owning team behind a disclosure, and the Grants: pages the page links.
 */
export function GrantsSection({ grants }: { grants: GrantsView }) {
  const { t } = useTranslator();
  const empty = grants.programmes.length === 0 && grants.teamProgrammes.length === 0 && grants.pages.length === 0;
  return (
    <section class="wf-section wf-grants" aria-labelledby="wf-grants-heading">
      <h2 id="wf-grants-heading">{t('wayfinder-grants-heading')}</h2>
      {empty && <p>{t('wayfinder-grants-none')}</p>}
      {grants.programmes.length > 0 && <ProgrammeList programmes={grants.programmes} />}
      {grants.teamProgrammes.length > 0 && (
        <details class="wf-grants__team" open={grants.programmes.length === 0}>
          <summary>
            <Message id="wayfinder-grants-team-programmes" params={[grants.teamProgrammes.length]} />
          </summary>
          <ProgrammeList programmes={grants.teamProgrammes} />
        </details>
      )}
      {grants.pages.length > 0 && (
        <details class="wf-grants__pages" open={grants.pages.length <= openPageLimit}>
          <summary>
            <Message id="wayfinder-grants-pages-heading" params={[grants.pages.length]} />
          </summary>
          <ul class="wf-grants__page-list">
            {grants.pages.map((page) => (
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
      )}
    </section>
  );
}
