import type { SourceRow } from '../../utils/view/sources';
import { Message } from './Message';
import { WikiLink } from './WikiLink';

/** Sources as a list: each a link where it is safe, with the date its claim was last checked. */
export function SourceList({ sources, class: className }: { sources: readonly SourceRow[]; class?: string }) {
  return (
    <ul class={className}>
      {sources.map((source, index) => (
        <li key={index}>
          {source.href === null ? (
            <bdi>{source.label}</bdi>
          ) : (
            <WikiLink href={source.href}>
              <bdi>{source.label}</bdi>
            </WikiLink>
          )}{' '}
          <span class="wf-subtle">
            <Message id="wayfinder-sources-verified" params={[source.verified]} />
          </span>
        </li>
      ))}
    </ul>
  );
}
