import { cdxIconArrowNext } from '@wikimedia/codex-icons';
import type { LineageView } from '../../utils/view/lineage';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';

/** The teams that owned the topic, oldest first, as an ordered list read as one timeline. */
export function LineageTimeline({ lineage }: { lineage: LineageView }) {
  const { t } = useTranslator();
  if (lineage.items.length === 0) return null;
  return (
    <section class="wf-lineage" aria-labelledby="wf-lineage-heading">
      <h3 id="wf-lineage-heading">{t('wayfinder-lineage-heading')}</h3>
      <ol class="wf-lineage__list" aria-label={lineage.text}>
        {lineage.items.map((item, index) => (
          <li key={index} class={item.isLast ? 'wf-lineage__step wf-lineage__step--last' : 'wf-lineage__step'}>
            {index > 0 && <Icon icon={cdxIconArrowNext} />}
            <span class="wf-lineage__team">
              {item.department === null ? (
                <bdi>{item.team}</bdi>
              ) : (
                <Message id="wayfinder-lineage-team-in-department" params={[item.department, item.team]} />
              )}
            </span>{' '}
            <span class="wf-lineage__period">{item.period}</span>
            {item.uncertain && <span class="wf-tag wf-lineage__uncertain">{t('wayfinder-lineage-uncertain')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
