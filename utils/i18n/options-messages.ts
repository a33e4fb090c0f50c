import english from '../../i18n/options/en.json';
import { messageGroup, type MessageGroup } from './message-files';
import type { BananaFile } from './store-locales';

/**
 * The options page's own messages (i18n/options/, keys `wayfinder-options-*`), which only
 * options.html bundles (see messageGroup); the side panel, the popup, the team directory and the
 * background never import this module.
 */
export const optionsMessages: MessageGroup = messageGroup(
  english,
  import.meta.glob<BananaFile>(['../../i18n/options/*.json', '!../../i18n/options/en.json', '!../../i18n/options/qqq.json'], {
    import: 'default',
  }),
);
