import type { ConfidenceView } from '../../utils/view/confidence';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';

const toneOf = { exact: 'wf-tag--success', rule: 'wf-tag--success', inferred: 'wf-tag--warning', unknown: 'wf-tag--warning' };

/** How the page was tied to its team, and every reason the resolver gave, in words. */
export function ConfidenceDetails({ confidence }: { confidence: ConfidenceView }) {
  const { t } = useTranslator();
  return (
    <details class="wf-confidence">
      <summary>
        {t('wayfinder-confidence-heading')}{' '}
        <span class={`wf-tag ${toneOf[confidence.level]}`}>
          <Message id={confidence.label.key} params={confidence.label.params} />
        </span>
      </summary>
      {confidence.certaintyNote !== null && (
        <p class="wf-confidence__certainty">
          <Message id={confidence.certaintyNote.key} params={confidence.certaintyNote.params} />
        </p>
      )}
      <ul class="wf-confidence__reasons">
        {confidence.reasons.map((reason, index) => (
          <li key={index}>
            <Message id={reason.key} params={reason.params} />
          </li>
        ))}
      </ul>
    </details>
  );
}
