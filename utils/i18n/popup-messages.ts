import english from '../../i18n/popup/en.json';
import { messageGroup, type MessageGroup } from './message-files';
import type { BananaFile } from './store-locales';

/**
 * The popup's own messages (i18n/popup/, keys `wayfinder-popup-*`: its owner line, quick links
 * and liaison finder), which only popup.html bundles (see messageGroup); the side panel, the
 * options page, the team directory and the background never import this module.
 */
export const popupMessages: MessageGroup = messageGroup(
  english,
  import.meta.glob<BananaFile>(['../../i18n/popup/*.json', '!../../i18n/popup/en.json', '!../../i18n/popup/qqq.json'], {
    import: 'default',
  }),
);
