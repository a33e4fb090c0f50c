import type { ProgrammeRow } from '../../utils/view/grants';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';
import { WikiLink } from '../common/WikiLink';

const statusTags = { active: 'wf-tag--success', historical: '', unknown: 'wf-tag--warning' };

function NameLink({ name, href }: { name: string; href: string | null }) {
  const text = <bdi>{name}</bdi>;
  return href === null ? text : <WikiLink href={href}>{text}</WikiLink>;
}

/** Grant programmes with their status, what replaced the closed ones, and whom to write to. */
export function ProgrammeList({ programmes }: { programmes: readonly ProgrammeRow[] }) {
  const { t } = useTranslator();
  return (
    <ul class="wf-grants__programmes">
      {programmes.map((programme) => (
        <li key={programme.id} class="wf-grant">
          <span class="wf-grant__name">
            <NameLink name={programme.name} href={programme.href} />
          </span>{' '}
          <span class={`wf-tag ${statusTags[programme.status]}`}>{t(`wayfinder-grants-status-${programme.status}`)}</span>
          {programme.closed !== null && (
            <span class="wf-subtle">
              {' '}
              <Message id="wayfinder-grants-closed-on" params={[programme.closed]} />
            </span>
          )}
          {programme.current !== null && (
            <div class="wf-grant__current">
              <Message id="wayfinder-grants-replaced-by" params={[{ element: <NameLink {...programme.current} /> }]} />
            </div>
          )}
          {programme.contacts.map((contact) => (
            <div key={contact.address} class="wf-subtle">
              {contact.href === null ? <bdi>{contact.address}</bdi> : <a href={contact.href}>{contact.address}</a>} <bdi>{contact.purpose}</bdi>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
