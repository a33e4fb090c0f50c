import type { LiaisonRow } from '../../utils/view/liaisons';
import { LiaisonItem } from '../common/LiaisonItem';
import { useTranslator } from '../common/translator-context';

/** The Community Relations Specialists who support the owning team or its products. */
export function LiaisonsSection({ liaisons }: { liaisons: readonly LiaisonRow[] }) {
  const { t } = useTranslator();
  return (
    <section class="wf-section wf-liaisons" aria-labelledby="wf-liaisons-heading">
      <h2 id="wf-liaisons-heading">{t('wayfinder-liaisons-heading')}</h2>
      {liaisons.length === 0 ? (
        <p>{t('wayfinder-liaisons-none')}</p>
      ) : (
        <ul class="wf-liaison-list">
          {liaisons.map((liaison) => (
            <LiaisonItem key={liaison.id} liaison={liaison} />
          ))}
        </ul>
      )}
    </section>
  );
}
