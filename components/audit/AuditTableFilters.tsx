import { ownershipStatusSchema } from '../../utils/ownership/ownership';
import type { AuditFilter } from '../../utils/view/audit-table';
import { SearchField } from '../common/SearchField';
import { useTranslator } from '../common/translator-context';

interface AuditTableFiltersProps {
  filter: AuditFilter;
  onFilter: (filter: AuditFilter) => void;
  /** The table the filters narrow. */
  controls: string;
  matching: number;
}

/** A text filter and a status filter over the table, with the count of matching rows announced. */
export function AuditTableFilters({ filter, onFilter, controls, matching }: AuditTableFiltersProps) {
  const { t } = useTranslator();
  return (
    <div class="wf-audit-filters" role="search">
      <SearchField
        id="wf-audit-filter"
        label={t('wayfinder-audit-filter-label')}
        hint={t('wayfinder-audit-filter-hint')}
        controls={controls}
        query={filter.text}
        onQuery={(text) => onFilter({ ...filter, text })}
        inputClass="wf-audit-filters__input"
      />
      <div class="wf-field">
        <label class="wf-field__label" for="wf-audit-status">
          {t('wayfinder-audit-status-filter')}
        </label>
        <select
          id="wf-audit-status"
          class="wf-input"
          aria-controls={controls}
          value={filter.status}
          onChange={(event) => {
            const status = ownershipStatusSchema.safeParse(event.currentTarget.value);
            onFilter({ ...filter, status: status.success ? status.data : 'all' });
          }}
        >
          <option value="all">{t('wayfinder-audit-status-all')}</option>
          {ownershipStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {t(`wayfinder-audit-status-${status}`)}
            </option>
          ))}
        </select>
      </div>
      <p class="wf-audit-filters__count" role="status">
        {matching === 0 ? t('wayfinder-audit-no-rows') : t('wayfinder-audit-matching', matching)}
      </p>
    </div>
  );
}
