import { cdxIconReload } from '@wikimedia/codex-icons';
import type { PanelState } from '../../utils/view/panel-state';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';

/**
 * Trouble, in a polite live region: offline with the age of what is shown, stale data, or
 * which parts failed and why, with a button to try again.
 */
export function PanelNotices({ state, onRetry }: { state: PanelState; onRetry: () => void }) {
  const { t } = useTranslator();
  return (
    <div class="wf-notices" role="status">
      {state.notices.map((notice, index) => (
        <Notice key={index} tone={notice.tone}>
          <p>
            <Message id={notice.text.key} params={notice.text.params} />
          </p>
          {notice.details.length > 0 && (
            <ul class="wf-notices__details">
              {notice.details.map((detail, detailIndex) => (
                <li key={detailIndex}>
                  <Message
                    id="wayfinder-error-detail"
                    params={[
                      { element: <Message id={detail.part.key} params={detail.part.params} /> },
                      { element: <Message id={detail.reason.key} params={detail.reason.params} /> },
                    ]}
                  />
                </li>
              ))}
            </ul>
          )}
          {notice.retry && (
            <button type="button" class="wf-button" onClick={onRetry}>
              <Icon icon={cdxIconReload} />
              {t('wayfinder-retry')}
            </button>
          )}
        </Notice>
      ))}
    </div>
  );
}
