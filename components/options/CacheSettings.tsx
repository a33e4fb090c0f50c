import { cdxIconTrash } from '@wikimedia/codex-icons';
import type { CacheView } from '../../utils/view/options';
import { Icon } from '../common/Icon';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';

export type CacheState = { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; view: CacheView };

interface CacheSettingsProps {
  cache: CacheState;
  onClear: () => void;
  cleared: boolean;
}

/** What the cache holds per kind of data, and a button that empties it (settings stay). */
export function CacheSettings({ cache, onClear, cleared }: CacheSettingsProps) {
  const { t } = useTranslator();
  return (
    <section class="wf-section" aria-labelledby="wf-cache-heading">
      <h2 id="wf-cache-heading">{t('wayfinder-options-cache-heading')}</h2>
      {cache.status === 'loading' && <p class="wf-subtle">{t('wayfinder-options-cache-loading')}</p>}
      {cache.status === 'unavailable' && <p>{t('wayfinder-options-cache-unavailable')}</p>}
      {cache.status === 'ready' && (
        <>
          <p>
            <Message id={cache.view.summary.key} params={cache.view.summary.params} />
          </p>
          {cache.view.rows.length > 0 && (
            <table class="wf-table">
              <thead>
                <tr>
                  <th scope="col">{t('wayfinder-options-cache-kind')}</th>
                  <th scope="col">{t('wayfinder-options-cache-entries')}</th>
                  <th scope="col">{t('wayfinder-options-cache-size')}</th>
                </tr>
              </thead>
              <tbody>
                {cache.view.rows.map((row) => (
                  <tr key={row.kind}>
                    <th scope="row">
                      <code>{row.kind}</code>
                    </th>
                    <td>{row.entries}</td>
                    <td>{row.size}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <div class="wf-options__actions">
        <button type="button" class="wf-button" onClick={onClear}>
          <Icon icon={cdxIconTrash} />
          {t('wayfinder-options-cache-clear')}
        </button>
        <span role="status" class="wf-options__status">
          {cleared && t('wayfinder-options-cache-cleared')}
        </span>
      </div>
    </section>
  );
}
