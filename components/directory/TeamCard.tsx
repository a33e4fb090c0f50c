import { useEffect, useRef } from 'preact/hooks';
import type { TeamCardView } from '../../utils/view/directory';
import { AuditLink } from '../common/AuditLink';
import { LiaisonItem } from '../common/LiaisonItem';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';
import { ContactChannels } from '../panel/ContactChannels';
import { ProgrammeList } from '../panel/ProgrammeList';
import { TeamLineage } from './TeamLineage';
import { TeamLink } from './TeamLink';
import { TeamNow } from './TeamNow';
import { TeamSources } from './TeamSources';
import { useTeamNavigation } from './team-navigation';

const statusTags = { active: 'wf-tag--success', historical: '', unknown: 'wf-tag--warning' };

/**
 * Everything the registry says about one team. Its id is the anchor the diagram and the other
 * cards link to; when the page is asked to show this team, the card is highlighted and focused.
 * Its parts are headed divisions, not regions: every card has the same ones, and landmarks
 * named "Contacts" forty times over would help no one navigate.
 */
export function TeamCard({ card }: { card: TeamCardView }) {
  const { t } = useTranslator();
  const { highlighted, focusRequest } = useTeamNavigation();
  const isHighlighted = highlighted === card.id;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (isHighlighted && focusRequest > 0) ref.current?.focus();
  }, [isHighlighted, focusRequest]);

  const id = (part: string) => `${card.elementId}-${part}`;
  const classes = ['wf-team', `wf-team--${card.status}`, isHighlighted ? 'wf-team--highlighted' : ''].filter(Boolean).join(' ');
  return (
    <article ref={ref} id={card.elementId} class={classes} tabIndex={-1} aria-labelledby={id('name')}>
      <header class="wf-team__header">
        <h3 id={id('name')} class="wf-team__name">
          <bdi>{card.name}</bdi>
        </h3>
        <span class={`wf-tag ${statusTags[card.status]}`}>{t(`wayfinder-team-status-${card.status}`)}</span>
      </header>
      {card.certainty !== null && <p class="wf-subtle">{card.certainty}</p>}
      <dl class="wf-team__facts">
        <dt>{t('wayfinder-directory-department')}</dt>
        <dd>
          {card.department === null ? (
            t('wayfinder-directory-department-unknown')
          ) : card.departmentAsOf === null ? (
            <bdi>{card.department}</bdi>
          ) : (
            <Message id="wayfinder-directory-department-as-of" params={[card.department, card.departmentAsOf]} />
          )}
        </dd>
        <dt>{t('wayfinder-directory-active-period')}</dt>
        <dd>{card.period}</dd>
        {card.parent !== null && (
          <>
            <dt>{t('wayfinder-directory-part-of')}</dt>
            <dd>
              <TeamLink team={card.parent} />
            </dd>
          </>
        )}
        {card.parts.length > 0 && (
          <>
            <dt>{t('wayfinder-directory-parts')}</dt>
            <dd>
              <ul class="wf-team__inline-list">
                {card.parts.map((part) => (
                  <li key={part.id}>
                    <TeamLink team={part} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('wayfinder-directory-now')}</dt>
        <dd class="wf-team__now">
          <TeamNow now={card.now} />
        </dd>
        {card.leaders.length > 0 && (
          <>
            <dt>{t('wayfinder-directory-leaders')}</dt>
            <dd>
              <ul class="wf-team__inline-list">
                {card.leaders.map((leader, index) => (
                  <li key={index}>
                    {leader.period === null ? (
                      <bdi>{leader.name}</bdi>
                    ) : (
                      <Message id="wayfinder-directory-leader" params={[leader.name, leader.period]} />
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {card.products.length > 0 && (
          <>
            <dt>{t('wayfinder-directory-products')}</dt>
            <dd>
              <ul class="wf-team__inline-list">
                {card.products.map((product) => (
                  <li key={product}>
                    <bdi>{product}</bdi>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {card.teamPage !== null && (
          <>
            <dt>{t('wayfinder-directory-team-page')}</dt>
            <dd>
              <WikiLink href={card.teamPage.href}>
                <bdi>{card.teamPage.title}</bdi>
              </WikiLink>
              {card.auditHref !== null && (
                <>
                  {' '}
                  <AuditLink href={card.auditHref} messageKey="wayfinder-directory-audit-team" />
                </>
              )}
            </dd>
          </>
        )}
        {card.note !== null && (
          <>
            <dt>{t('wayfinder-directory-note')}</dt>
            <dd>
              <bdi>{card.note}</bdi>
            </dd>
          </>
        )}
      </dl>
      <TeamLineage card={card} />
      <div class="wf-team__section wf-team__contacts">
        <h4>{t('wayfinder-contacts-heading')}</h4>
        <ContactChannels channels={card.contacts} />
      </div>
      {card.programmes.length > 0 && (
        <div class="wf-team__section wf-team__programmes">
          <h4>{t('wayfinder-directory-programmes-heading')}</h4>
          <ProgrammeList programmes={card.programmes} />
        </div>
      )}
      {card.liaisons.length > 0 && (
        <div class="wf-team__section wf-team__liaisons">
          <h4>{t('wayfinder-liaisons-heading')}</h4>
          <ul class="wf-liaison-list">
            {card.liaisons.map((liaison) => (
              <LiaisonItem key={liaison.id} liaison={liaison} />
            ))}
          </ul>
        </div>
      )}
      <TeamSources sources={card.sources} />
    </article>
  );
}
