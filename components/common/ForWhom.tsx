/**
 * Whose talk page or ping a control is for, heard by screen readers after the control's visible
 * text. Appending it (rather than an aria-label) keeps the visible words in the accessible name
 * in every language, even a partly translated one.
 */
export function ForWhom({ username }: { username: string }) {
  return (
    <span class="wf-visually-hidden">
      {' '}
      <bdi>{username}</bdi>
    </span>
  );
}
