import { auditPageSizes } from '../../utils/view/audit-table';
import { useTranslator } from '../common/translator-context';

interface AuditPagerProps {
  /** From 0. */
  page: number;
  pageCount: number;
  /** 0-based position of the first row shown, how many are shown, and how many match. */
  first: number;
  shown: number;
  matching: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

/** Previous and next, where the table is, and how many rows a page shows. */
export function AuditPager({ page, pageCount, first, shown, matching, pageSize, onPage, onPageSize }: AuditPagerProps) {
  const { t } = useTranslator();
  return (
    <nav class="wf-audit-pager" aria-label={t('wayfinder-audit-pager-label')}>
      <button type="button" class="wf-button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('wayfinder-audit-previous')}
      </button>
      <span id="wf-audit-pager-where" class="wf-audit-pager__where">
        {t('wayfinder-audit-page-of', page + 1, pageCount)}
        {matching > 0 && <span class="wf-subtle"> {t('wayfinder-audit-rows-shown', first + 1, first + shown, matching)}</span>}
      </span>
      <button type="button" class="wf-button" disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        {t('wayfinder-audit-next')}
      </button>
      <label class="wf-audit-pager__size">
        {t('wayfinder-audit-page-size')}{' '}
        <select class="wf-input" value={String(pageSize)} onChange={(event) => onPageSize(Number(event.currentTarget.value))}>
          {auditPageSizes.map((size) => (
            <option key={size} value={String(size)}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
