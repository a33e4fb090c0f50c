import { useTranslator } from '../common/translator-context';

/** Holds the owner card's place until the first answer arrives, so nothing jumps when it does. */
export function LoadingPlaceholder({ messageKey }: { messageKey: string }) {
  const { t } = useTranslator();
  return (
    <section class="wf-section wf-placeholder" aria-busy="true">
      <p class="wf-subtle">{t(messageKey)}</p>
      <div class="wf-placeholder__line" />
      <div class="wf-placeholder__line wf-placeholder__line--short" />
    </section>
  );
}
