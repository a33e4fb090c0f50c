import { cdxIconTable } from '@wikimedia/codex-icons';
import { Icon } from './Icon';
import { useTranslator } from './translator-context';

/** Opens the audit page in a new tab, set up by `href` (utils/view/audit-link.ts); a plain link, as DirectoryLink. */
export function AuditLink({ href, messageKey }: { href: string; messageKey: string }) {
  const { t } = useTranslator();
  return (
    <a href={href} class="wf-link" target="_blank" rel="noopener">
      <Icon icon={cdxIconTable} />
      {t(messageKey)}
    </a>
  );
}
