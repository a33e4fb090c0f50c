import { cdxIconLinkExternal } from '@wikimedia/codex-icons';
import type { QuickLink } from '../../utils/registry/schema';
import { Icon } from '../common/Icon';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';

/** The registry's quick links: where to start for grants, safety, product questions and tech news. */
export function QuickLinks({ links }: { links: readonly QuickLink[] }) {
  const { t } = useTranslator();
  if (links.length === 0) return null;
  return (
    <section class="wf-section" aria-labelledby="wf-quick-links-heading">
      <h2 id="wf-quick-links-heading">{t('wayfinder-popup-quick-links-heading')}</h2>
      <ul class="wf-link-list">
        {links.map((link) => (
          <li key={link.id}>
            <WikiLink href={link.url} class="wf-link">
              <Icon icon={cdxIconLinkExternal} />
              <bdi>{link.label}</bdi>
            </WikiLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
