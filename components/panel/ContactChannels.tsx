import { cdxIconMessage, cdxIconSpeechBubbles, cdxIconTag, cdxIconUserTalk } from '@wikimedia/codex-icons';
import type { ChannelRow } from '../../utils/view/contacts';
import { Icon } from '../common/Icon';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';

const icons = { email: cdxIconMessage, 'talk-page': cdxIconUserTalk, phabricator: cdxIconTag, chat: cdxIconSpeechBubbles };

function ChannelValue({ channel }: { channel: ChannelRow }) {
  const text = <bdi>{channel.label}</bdi>;
  if (channel.href === null) return text;
  // mailto: links leave the browser for the mail program; everything else must be a wiki link.
  return channel.kind === 'email' ? <a href={channel.href}>{text}</a> : <WikiLink href={channel.href}>{text}</WikiLink>;
}

/** The team's own channels: e-mail addresses, talk pages, Phabricator tags, chat channels. */
export function ContactChannels({ channels }: { channels: readonly ChannelRow[] }) {
  const { t } = useTranslator();
  if (channels.length === 0) return <p>{t('wayfinder-contacts-none')}</p>;
  return (
    <ul class="wf-channels">
      {channels.map((channel, index) => (
        <li key={index} class="wf-channel">
          <Icon icon={icons[channel.kind]} />
          <span class="wf-channel__kind">{t(`wayfinder-contact-${channel.kind}`)}</span>
          <span class="wf-channel__value">
            <ChannelValue channel={channel} />
            {channel.purpose !== null && (
              <span class="wf-subtle wf-channel__purpose">
                {' '}
                <bdi>{channel.purpose}</bdi>
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
