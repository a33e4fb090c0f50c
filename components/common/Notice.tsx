import type { ComponentChildren } from 'preact';
import { cdxIconAlert, cdxIconError, cdxIconInfoFilled, cdxIconSuccess } from '@wikimedia/codex-icons';
import { Icon } from './Icon';

export type NoticeTone = 'notice' | 'warning' | 'error' | 'success';

const icons = { notice: cdxIconInfoFilled, warning: cdxIconAlert, error: cdxIconError, success: cdxIconSuccess };

/** A Codex-style message box. Its text says what it is; the icon only repeats it. */
export function Notice({ tone, children }: { tone: NoticeTone; children: ComponentChildren }) {
  return (
    <div class={`wf-message wf-message--${tone}`}>
      <Icon icon={icons[tone]} />
      <div class="wf-message__body">{children}</div>
    </div>
  );
}
