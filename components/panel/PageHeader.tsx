import type { PageHeaderView } from '../../utils/view/page-header';
import { Message } from '../common/Message';
import { useTranslator } from '../common/translator-context';

/**
 * The page the panel is about: its wiki, its title, and whether it is historical. The progress
 * note shares the wiki's line, so its coming and going never moves the answer below.
 */
export function PageHeader({ view, refining }: { view: PageHeaderView; refining: boolean }) {
  const { t } = useTranslator();
  return (
    <header class="wf-page-header">
      <p class="wf-page-header__wiki">
        <bdi>{view.host}</bdi>
        <span class="wf-page-header__progress" role="status">
          {refining && t('wayfinder-refining')}
        </span>
      </p>
      <h1 class="wf-page-header__title">
        {view.title !== null ? <bdi>{view.title}</bdi> : view.untitled && <Message id={view.untitled.key} params={view.untitled.params} />}
        {/* A real space: the heading's text (its accessible name, a copy) reads "Title Historical". */}
        {view.isHistorical && <> <span class="wf-tag wf-tag--warning wf-page-header__tag">{t('wayfinder-historical')}</span></>}
      </h1>
      {view.translationOf !== null && (
        <p class="wf-subtle">
          <Message id="wayfinder-translation-of" params={[view.translationOf.title, view.translationOf.language]} />
        </p>
      )}
      {view.redirectedFrom !== null && (
        <p class="wf-subtle">
          <Message id="wayfinder-redirected-from" params={[view.redirectedFrom]} />
        </p>
      )}
    </header>
  );
}
