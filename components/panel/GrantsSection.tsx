import type { GrantsView } from '../../utils/view/grants';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { GrantPageList } from './GrantPageList';
import { ProgrammeList } from './ProgrammeList';

/**
 * Grant programmes tied to the page (old ones with what replaced them), the other programmes
 * of the owning team behind a disclosure, the Grants: pages the page links, and those a search
 * found for its topic, each counted on its own.
 */
export function GrantsSection({ grants }: { grants: GrantsView }) {
  const { t } = useTranslator();
  const empty = grants.programmes.length === 0 && grants.teamProgrammes.length === 0 && grants.linkedPages.length === 0 && grants.foundPages.length === 0;
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
      {grants.linkedPages.length > 0 && <GrantPageList pages={grants.linkedPages} headingId="wayfinder-grants-pages-heading" />}
      {grants.foundPages.length > 0 && <GrantPageList pages={grants.foundPages} headingId="wayfinder-grants-found-heading" />}
    </section>
  );
}
