import { cdxIconSearch } from '@wikimedia/codex-icons';
import { Icon } from './Icon';

interface SearchFieldProps {
  /** The input's id; its hint is `<id>-hint`. */
  id: string;
  label: string;
  hint: string;
  /** The id of the list the search narrows. */
  controls: string;
  query: string;
  onQuery: (query: string) => void;
  /** The label's own id, for a region named by it. */
  labelId?: string;
  /** The wrapper of the icon and the input, styled by the page that uses it. */
  inputClass: string;
}

/** A labelled search box with its icon and hint, narrowing a list as the user types. */
export function SearchField({ id, label, hint, controls, query, onQuery, labelId, inputClass }: SearchFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div class="wf-field">
      <label id={labelId} class="wf-field__label" for={id}>
        {label}
      </label>
      <div class={inputClass}>
        <Icon icon={cdxIconSearch} />
        <input
          id={id}
          class="wf-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={hintId}
          aria-controls={controls}
          value={query}
          onInput={(event) => onQuery(event.currentTarget.value)}
        />
      </div>
      <span id={hintId} class="wf-field__hint">
        {hint}
      </span>
    </div>
  );
}
