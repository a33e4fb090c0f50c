import { cdxIconCopy } from '@wikimedia/codex-icons';
import { useState } from 'preact/hooks';
import { useCopyText } from './clipboard-context';
import { ForWhom } from './ForWhom';
import { Icon } from './Icon';
import { Message } from './Message';
import { useTranslator } from './translator-context';

type CopyOutcome = 'idle' | 'copied' | 'failed';

/**
 * Copies `{{ping|User}}` wikitext and says so in a polite live region, so screen reader users
 * hear the result; when the clipboard refuses, the text is shown to copy by hand.
 */
export function CopyPingButton({ wikitext, username }: { wikitext: string; username: string }) {
  const { t } = useTranslator();
  const copyText = useCopyText();
  const [outcome, setOutcome] = useState<CopyOutcome>('idle');
  const copy = () => {
    copyText(wikitext).then(
      () => setOutcome('copied'),
      () => setOutcome('failed'),
    );
  };
  return (
    <span class="wf-copy">
      <button type="button" class="wf-button wf-button--small" onClick={copy}>
        <Icon icon={cdxIconCopy} />
        {t('wayfinder-liaison-copy-ping')}
        <ForWhom username={username} />
      </button>
      <span class="wf-copy__status" role="status">
        {outcome === 'copied' && <Message id="wayfinder-liaison-copied" params={[wikitext]} />}
        {outcome === 'failed' && <Message id="wayfinder-liaison-copy-failed" params={[{ element: <code>{wikitext}</code> }]} />}
      </span>
    </span>
  );
}
