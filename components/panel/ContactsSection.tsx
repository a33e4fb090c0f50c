import type { ContactsView } from '../../utils/view/contacts';
import { useTranslator } from '../common/translator-context';
import { ContactChannels } from './ContactChannels';
import { StaffList } from './StaffList';

/** Whom to contact: the team's channels, then the people its page lists. */
export function ContactsSection({ contacts, showStaff }: { contacts: ContactsView; showStaff: boolean }) {
  const { t } = useTranslator();
  return (
    <section class="wf-section wf-contacts" aria-labelledby="wf-contacts-heading">
      <h2 id="wf-contacts-heading">{t('wayfinder-contacts-heading')}</h2>
      <ContactChannels channels={contacts.channels} />
      {showStaff && <StaffList staff={contacts.staff} note={contacts.staffNote} />}
    </section>
  );
}
