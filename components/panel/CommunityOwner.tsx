import { cdxIconUserGroup } from '@wikimedia/codex-icons';
import type { CommunityOwnerView } from '../../utils/view/community-owner';
import type { ConfidenceView } from '../../utils/view/confidence';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';
import { ConfidenceDetails } from './ConfidenceDetails';
import { ContactChannels } from './ContactChannels';

/** No Foundation team: the community body or affiliate that runs these pages, and where to ask it. */
export function CommunityOwner({ body, confidence }: { body: CommunityOwnerView; confidence: ConfidenceView }) {
  const { t } = useTranslator();
  return (
    <section class="wf-section wf-owner" aria-labelledby="wf-run-by-heading">
      <h2 id="wf-run-by-heading">{t(`wayfinder-run-by-${body.kind}`)}</h2>
      <p class="wf-owner__team">
        <span class="wf-owner__name">
          <Icon icon={cdxIconUserGroup} />
          <bdi>{body.name}</bdi>
        </span>
      </p>
      <p>
        <Message
          id="wayfinder-run-by-ask-at"
          params={[{ element: <WikiLink href={body.askAt.href}><bdi>{body.askAt.title}</bdi></WikiLink> }]}
        />
      </p>
      {body.channels.length > 0 && <ContactChannels channels={body.channels} />}
      <ConfidenceDetails confidence={confidence} />
    </section>
  );
}
