import { cdxIconUserGroup } from '@wikimedia/codex-icons';
import { directoryHref } from '../../utils/view/directory-link';
import { Icon } from './Icon';
import { useTranslator } from './translator-context';

/**
 * Opens the team directory in a new tab, from the popup, the options page or the side panel.
 * A plain link rather than a `tabs.create` button: it needs no browser API, and it can be
 * opened in a background tab, copied or bookmarked like any link.
 */
export function DirectoryLink({ messageKey, teamId }: { messageKey: string; teamId?: string }) {
  const { t } = useTranslator();
  return (
    <a href={directoryHref(teamId)} class="wf-link" target="_blank" rel="noopener">
      <Icon icon={cdxIconUserGroup} />
      {t(messageKey)}
    </a>
  );
}
