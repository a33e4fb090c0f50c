import type { TeamNowView } from '../../utils/view/directory';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { TeamLink } from './TeamLink';

function Uncertain({ certainty }: { certainty: string | null }) {
  if (certainty === null) return null;
  return (
    <>
      {' '}
      <span class="wf-tag wf-tag--warning">{certainty}</span>
    </>
  );
}

/** Where the team's work is now: itself, one team, the teams its parts went to, or not known. */
export function TeamNow({ now }: { now: TeamNowView }) {
  const { t } = useTranslator();
  switch (now.kind) {
    case 'self':
      return <>{t('wayfinder-directory-now-self')}</>;
    case 'owned':
      return (
        <>
          {now.department === null ? (
            <TeamLink team={now.owner} />
          ) : (
            <Message id="wayfinder-directory-now-owned-in" params={[{ element: <TeamLink team={now.owner} /> }, now.department]} />
          )}
          <Uncertain certainty={now.certainty} />
        </>
      );
    case 'split':
      return (
        <>
          {t(now.how === 'dissolved' ? 'wayfinder-directory-now-dissolved' : 'wayfinder-directory-now-split')}
          <ul class="wf-team__parts">
            {now.entries.map((entry, index) => (
              <li key={index}>
                {entry.owner === null ? (
                  <Message id="wayfinder-directory-now-part-unknown" params={[entry.path]} />
                ) : (
                  <Message id="wayfinder-directory-now-part" params={[entry.path, { element: <TeamLink team={entry.owner} /> }]} />
                )}
                <Uncertain certainty={entry.certainty} />
              </li>
            ))}
          </ul>
        </>
      );
    case 'unknown':
      return (
        <>
          {t('wayfinder-directory-now-unknown')}
          {now.reasons.map((reason, index) => (
            <span key={index} class="wf-subtle">
              {' '}
              <Message id={reason.key} params={reason.params} />
            </span>
          ))}
        </>
      );
  }
}
