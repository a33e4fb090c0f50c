import { useTranslator } from '../common/translator-context';

const samples = [
  { key: 'wayfinder-directory-legend-active', sample: 'wf-graph__node--active' },
  { key: 'wayfinder-directory-legend-historical', sample: 'wf-graph__node--historical' },
  { key: 'wayfinder-directory-legend-unknown', sample: 'wf-graph__node--unknown' },
] as const;

/** What the diagram's boxes and lines mean: each style is also said in words. */
export function DiagramLegend() {
  const { t } = useTranslator();
  return (
    <ul class="wf-legend">
      {samples.map(({ key, sample }) => (
        <li key={key} class="wf-legend__item">
          <svg class="wf-legend__sample" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
            <g class={sample}>
              <rect class="wf-graph__box" x={1} y={1} width={26} height={14} rx={3} />
            </g>
          </svg>
          {t(key)}
        </li>
      ))}
      <li class="wf-legend__item">
        <svg class="wf-legend__sample" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
          <g class="wf-graph__edge wf-graph__edge--successor">
            <path d="M2,8 L22,8" marker-end="url(#wf-graph-arrow)" />
          </g>
        </svg>
        {t('wayfinder-directory-legend-successor')}
      </li>
      <li class="wf-legend__item">
        <svg class="wf-legend__sample" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
          <g class="wf-graph__edge wf-graph__edge--part-of">
            <path d="M2,8 L26,8" />
          </g>
        </svg>
        {t('wayfinder-directory-legend-part-of')}
      </li>
    </ul>
  );
}
