import { cdxIconHelp } from '@wikimedia/codex-icons';
import { pageUrl } from '../../utils/page/title';
import { defaultRuleWiki } from '../../utils/registry/default-wiki';
import type { ConfidenceView } from '../../utils/view/confidence';
import type { LineageView } from '../../utils/view/lineage';
import { Icon } from '../common/Icon';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';
import { ConfidenceDetails } from './ConfidenceDetails';
import { LineageTimeline } from './LineageTimeline';

const meta = { host: defaultRuleWiki };

/** Where to ask when nobody is known to own the topic: grants, product questions, safety. */
const helpLinks = [
  { key: 'wayfinder-help-grants', href: pageUrl(meta, 'Grants:Start') },
  { key: 'wayfinder-help-community-relations', href: pageUrl(meta, 'Community Relations Specialists') },
  { key: 'wayfinder-help-trust-safety', href: pageUrl(meta, 'Trust and Safety') },
];

/** The owner is not known: say so plainly, show what is known, and point to general help. */
export function UnknownOwner({ lineage, confidence }: { lineage: LineageView; confidence: ConfidenceView }) {
  const { t } = useTranslator();
  return (
    <section class="wf-section wf-owner" aria-labelledby="wf-unknown-heading">
      <h2 id="wf-unknown-heading">{t('wayfinder-unknown-heading')}</h2>
      <p>{t('wayfinder-unknown-intro')}</p>
      <ul class="wf-link-list">
        {helpLinks.map((link) => (
          <li key={link.key}>
            <WikiLink href={link.href} class="wf-link">
              <Icon icon={cdxIconHelp} />
              {t(link.key)}
            </WikiLink>
          </li>
        ))}
      </ul>
      <LineageTimeline lineage={lineage} />
      <ConfidenceDetails confidence={confidence} />
    </section>
  );
}
