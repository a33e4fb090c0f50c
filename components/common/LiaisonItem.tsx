import { cdxIconUserTalk } from '@wikimedia/codex-icons';
import type { LiaisonRow } from '../../utils/view/liaisons';
import { CopyPingButton } from './CopyPingButton';
import { ForWhom } from './ForWhom';
import { Icon } from './Icon';
import { Message } from './Message';
import { useTranslator } from './translator-context';
import { WikiLink } from './WikiLink';

const accountCheckMessages = {
  confirmed: 'wayfinder-liaison-account-confirmed',
  'from-team-page': 'wayfinder-liaison-account-from-team-page',
  differs: 'wayfinder-liaison-account-differs',
} as const;

/** One Community Relations liaison: who, what they support, and how to reach them on-wiki. */
export function LiaisonItem({ liaison }: { liaison: LiaisonRow }) {
  const { t } = useTranslator();
  const check = liaison.accountCheck;
  return (
    <li class="wf-liaison">
      <div class="wf-liaison__who">
        <bdi class="wf-liaison__name">{liaison.name}</bdi>
        {liaison.username !== null && (
          <span class="wf-subtle">
            {' '}
            <Message id="wayfinder-liaison-username" params={[liaison.username]} />
          </span>
        )}
      </div>
      {check !== null && (
        <div class="wf-subtle">
          <Message id={accountCheckMessages[check.kind]} params={check.kind === 'differs' ? [check.username] : []} />
        </div>
      )}
      <div class="wf-subtle">
        <bdi>{liaison.role}</bdi>
      </div>
      {liaison.products.length > 0 && (
        <div class="wf-subtle">
          <Message id="wayfinder-liaison-supports" params={[liaison.products.join(', ')]} />
        </div>
      )}
      <div class="wf-liaison__actions">
        {liaison.ping !== null && liaison.username !== null && <CopyPingButton wikitext={liaison.ping} username={liaison.username} />}
        {liaison.talkHref !== null && liaison.username !== null && (
          <WikiLink href={liaison.talkHref} class="wf-link">
            <Icon icon={cdxIconUserTalk} />
            {t('wayfinder-contact-talk-page')}
            <ForWhom username={liaison.username} />
          </WikiLink>
        )}
        {liaison.username === null && (
          <>
            <span class="wf-subtle">{t('wayfinder-liaison-no-username')}</span>
            {liaison.listedOnHref !== null && (
              <WikiLink href={liaison.listedOnHref} class="wf-link">
                {t('wayfinder-liaison-team-page')}
              </WikiLink>
            )}
          </>
        )}
      </div>
    </li>
  );
}
