import { maxAuditPages } from '../../utils/audit/audit-input';
import type { PastedTitles } from '../../utils/audit/pasted-titles';
import { Message } from '../common/Message';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';

// A paste of the wrong text can reject thousands of lines: the first ones say what went wrong.
const shownRejected = 50;

/** What the last start made of a pasted list: how many titles, the lines it left out and why, and whether the list was cut. */
export function AuditPasted({ pasted }: { pasted: PastedTitles }) {
  const { t } = useTranslator();
  const { titles, rejected, overLimit } = pasted;
  return (
    <div class="wf-audit-pasted" role="status">
      <p>{t('wayfinder-audit-pasted-count', titles.length)}</p>
      {overLimit > 0 && (
        <Notice tone="warning">
          <p>{t('wayfinder-audit-pasted-over-limit', overLimit, maxAuditPages)}</p>
        </Notice>
      )}
      {rejected.length > 0 && (
        <Notice tone="warning">
          <p>{t('wayfinder-audit-pasted-rejected', rejected.length)}</p>
          <ul class="wf-audit-pasted__rejected">
            {rejected.slice(0, shownRejected).map(({ line, reason }, index) => (
              <li key={index}>
                <Message id={`wayfinder-audit-rejected-${reason}`} params={[line]} />
              </li>
            ))}
          </ul>
          {rejected.length > shownRejected && <p>{t('wayfinder-audit-pasted-rejected-more', rejected.length - shownRejected)}</p>}
        </Notice>
      )}
    </div>
  );
}
