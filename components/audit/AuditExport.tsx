import { useEffect, useState } from 'preact/hooks';
import type { AuditRow } from '../../utils/audit/audit-row';
import type { AuditRun } from '../../utils/audit/audit-run';
import type { ExportFormat } from '../../utils/audit/export-file';
import { useTranslator } from '../common/translator-context';

const formats: readonly ExportFormat[] = ['csv', 'json', 'wikitext'];

type Exporters = typeof import('../../utils/audit/export-file');

// The writers (Papa Parse among them) are a chunk of their own, asked for once the buttons show:
// the page's first screen does not wait for them, and a click rarely does.
let exporters: Promise<Exporters> | null = null;
const loadExporters = () => (exporters ??= import('../../utils/audit/export-file'));

/** Saves the file through a link to a Blob: no download permission, and the browser treats it as any download. */
async function download(format: ExportFormat, run: AuditRun, rows: AuditRow[]): Promise<void> {
  const file = (await loadExporters()).exportFile(format, run, rows);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The download has its own reference to the Blob once the click has run; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Every row of the run, not only the page or the filter shown: an export is the audit's record. */
export function AuditExport({ run, rows }: { run: AuditRun; rows: readonly AuditRow[] }) {
  const { t } = useTranslator();
  const [failed, setFailed] = useState(false);
  useEffect(() => void loadExporters(), []);
  const save = (format: ExportFormat) => {
    setFailed(false);
    download(format, run, [...rows]).catch(() => setFailed(true));
  };
  return (
    <div class="wf-audit-export" role="group" aria-labelledby="wf-audit-export-label">
      <span id="wf-audit-export-label" class="wf-field__label">
        {t('wayfinder-audit-export-label')}
      </span>
      {formats.map((format) => (
        <button key={format} type="button" class="wf-button" disabled={rows.length === 0} onClick={() => save(format)}>
          {t(`wayfinder-audit-export-${format}`)}
        </button>
      ))}
      {failed && (
        <span class="wf-field__error" role="alert">
          {t('wayfinder-audit-export-failed')}
        </span>
      )}
    </div>
  );
}
