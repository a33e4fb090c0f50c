import english from '../../i18n/audit/en.json';
import { messageGroup, type MessageGroup } from './message-files';
import type { BananaFile } from './store-locales';

/**
 * The audit page's own messages (i18n/audit/, keys `wayfinder-audit-*`), which only audit.html
 * bundles (see messageGroup). The links to the audit that other pages show stay in those pages'
 * groups: the side panel's in the main group, the popup's and the directory's in theirs.
 */
export const auditMessages: MessageGroup = messageGroup(
  english,
  import.meta.glob<BananaFile>(['../../i18n/audit/*.json', '!../../i18n/audit/en.json', '!../../i18n/audit/qqq.json'], {
    import: 'default',
  }),
);
