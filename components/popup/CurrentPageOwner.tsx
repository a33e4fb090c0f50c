import { cdxIconLayout } from '@wikimedia/codex-icons';
import type { MessageSpec } from '../../utils/view/message-spec';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';

interface CurrentPageOwnerProps {
  line: MessageSpec;
  /** Must open the sidebar synchronously: the click is the user gesture the browser requires. */
  onOpenSidebar: () => void;
  openFailed: boolean;
}

/** The active tab's owner in one line, and the way into the full side panel. */
export function CurrentPageOwner({ line, onOpenSidebar, openFailed }: CurrentPageOwnerProps) {
  const { t } = useTranslator();
  return (
    <section class="wf-section" aria-labelledby="wf-current-heading">
      <h2 id="wf-current-heading">{t('wayfinder-popup-current-heading')}</h2>
      <p class="wf-popup__owner" role="status">
        <Message id={line.key} params={line.params} />
      </p>
      <button type="button" class="wf-button wf-button--progressive" onClick={onOpenSidebar}>
        <Icon icon={cdxIconLayout} />
        {t('wayfinder-open-sidebar')}
      </button>
      {openFailed && (
        <Notice tone="error">
          <p>{t('wayfinder-open-sidebar-failed')}</p>
        </Notice>
      )}
    </section>
  );
}
