import { cdxIconUserActive, cdxIconUserAvatar, cdxIconUserBlocked } from '@wikimedia/codex-icons';
import type { StaffRow } from '../../utils/view/contacts';
import type { MessageSpec } from '../../utils/view/message-spec';
import { ForWhom } from '../common/ForWhom';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';

const stateIcons = { active: cdxIconUserActive, unknown: cdxIconUserAvatar, inactive: cdxIconUserAvatar, blocked: cdxIconUserBlocked, locked: cdxIconUserBlocked, missing: cdxIconUserBlocked };
const stateTags = { active: 'wf-tag--success', unknown: '', inactive: 'wf-tag--warning', blocked: 'wf-tag--error', locked: 'wf-tag--error', missing: 'wf-tag--error' };

function StaffItem({ member }: { member: StaffRow }) {
  const { t } = useTranslator();
  return (
    <li class={member.flagged ? 'wf-staff__member wf-staff__member--flagged' : 'wf-staff__member'} data-state={member.state}>
      <Icon icon={stateIcons[member.state]} />
      <span class="wf-staff__name">
        {member.state === 'missing' ? (
          <bdi>{member.username}</bdi>
        ) : (
          <WikiLink href={member.userPageHref}>
            <bdi>{member.username}</bdi>
          </WikiLink>
        )}
        {member.state !== 'missing' && (
          <>
            {' '}
            <WikiLink href={member.talkHref} class="wf-subtle">
              {t('wayfinder-talk')}
              <ForWhom username={member.username} />
            </WikiLink>
          </>
        )}
      </span>
      <span class={`wf-tag ${stateTags[member.state]}`}>
        <Message id={member.activity.key} params={member.activity.params} />
      </span>
    </li>
  );
}

/**
 * The staff the team page lists, with their live activity. Inactive, blocked, locked and missing
 * accounts go under their own heading after everyone else: they are never current contacts.
 */
export function StaffList({ staff, note }: { staff: readonly StaffRow[]; note: MessageSpec | null }) {
  const { t } = useTranslator();
  const current = staff.filter((member) => !member.flagged);
  const notCurrent = staff.filter((member) => member.flagged);
  return (
    <div class="wf-staff">
      <h3>{t('wayfinder-staff-heading')}</h3>
      {note !== null && (
        <p class="wf-subtle">
          <Message id={note.key} params={note.params} />
        </p>
      )}
      {current.length > 0 && (
        <ul class="wf-staff__list">
          {current.map((member) => (
            <StaffItem key={member.username} member={member} />
          ))}
        </ul>
      )}
      {notCurrent.length > 0 && (
        <>
          <h4 class="wf-staff__not-current-heading">{t('wayfinder-staff-not-current-heading')}</h4>
          <ul class="wf-staff__list">
            {notCurrent.map((member) => (
              <StaffItem key={member.username} member={member} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
