import type { TeamCardView } from '../../utils/view/directory';
import { useTranslator } from '../common/translator-context';
import { TeamCard } from './TeamCard';

/** One department's teams, under its name ("Department unknown" for teams no source places). */
export function DepartmentGroup({ department, headingId, cards }: { department: string | null; headingId: string; cards: readonly TeamCardView[] }) {
  const { t } = useTranslator();
  return (
    <section class="wf-department" aria-labelledby={headingId}>
      <h2 id={headingId} class="wf-department__name">
        {department === null ? t('wayfinder-directory-department-unknown') : <bdi>{department}</bdi>}
      </h2>
      <div class="wf-department__teams">
        {cards.map((card) => (
          <TeamCard key={card.id} card={card} />
        ))}
      </div>
    </section>
  );
}
