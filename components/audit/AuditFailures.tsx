import type { AuditFailure } from '../../utils/audit/audit-row';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';

/** The titles whose batch kept failing, each with why, which "retry failed" reads again. */
export function AuditFailures({ failures }: { failures: readonly AuditFailure[] }) {
  const { t } = useTranslator();
  return (
    <details class="wf-audit-failures">
      <summary>{t('wayfinder-audit-failures-heading', failures.length)}</summary>
      <ul>
        {failures.map(({ title, reason }, index) => (
          <li key={index}>
            <Message id="wayfinder-audit-failure" params={[title, reason]} />
          </li>
        ))}
      </ul>
    </details>
  );
}
