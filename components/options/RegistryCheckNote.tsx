import type { RegistryCheckView } from '../../utils/view/options-registry';
import { Message } from '../common/Message';
import { Notice } from '../common/Notice';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';

/** What the wiki says of the registry page as typed, with a link to create it when it does not exist. */
export function RegistryCheckNote({ view }: { view: RegistryCheckView }) {
  const { t } = useTranslator();
  const text = (
    <p>
      <Message id={view.message.key} params={view.message.params} />
    </p>
  );
  if (view.tone === 'plain') return text;
  return (
    <Notice tone={view.tone}>
      {text}
      {view.createHref !== null && (
        <p>
          {t('wayfinder-options-registry-create-hint')}{' '}
          <WikiLink href={view.createHref}>{t('wayfinder-options-registry-create')}</WikiLink>
        </p>
      )}
    </Notice>
  );
}
