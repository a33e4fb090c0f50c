import english from '../../i18n/directory/en.json';
import { messageGroup, type MessageGroup } from './message-files';
import type { BananaFile } from './store-locales';

/**
 * The team directory's own messages (i18n/directory/, keys `wayfinder-directory-*`), which only
 * directory.html bundles (see messageGroup). The two links to the directory that other pages show
 * (`wayfinder-directory-open`, `wayfinder-directory-all-teams`) stay in the main group.
 */
export const directoryMessages: MessageGroup = messageGroup(
  english,
  import.meta.glob<BananaFile>(['../../i18n/directory/*.json', '!../../i18n/directory/en.json', '!../../i18n/directory/qqq.json'], {
    import: 'default',
  }),
);
