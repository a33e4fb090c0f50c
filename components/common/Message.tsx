import type { ComponentChild } from 'preact';
import { useFallbackLanguage, useTranslator } from './translator-context';

/**
 * A message parameter: a string is a name from the data (team, user, title) and is isolated in
 * <bdi> so it cannot reorder the sentence around it; a number goes to the message as is, so PLURAL
 * works; an element (such as a link) is placed where its placeholder stands.
 */
export type MessageParam = string | number | { element: ComponentChild };

// Private-use characters never appear in messages, so they mark where each parameter goes.
const markerPattern = /\uE000(\d+)\uE001/;
const marker = (index: number) => `\uE000${index}\uE001`;

/**
 * A translated message rendered as text nodes, with its parameters as elements. A message
 * that falls back to English is marked so, and laid out left to right in a right-to-left page.
 */
export function Message({ id, params = [] }: { id: string; params?: readonly MessageParam[] }) {
  const { t } = useTranslator();
  const fallback = useFallbackLanguage(id);
  const text = t(id, ...params.map((param, index) => (typeof param === 'number' ? param : marker(index))));
  const parts = text.split(markerPattern).map((part, index) => {
    if (index % 2 === 0) return part;
    const param = params[Number(part)];
    if (param === undefined || typeof param === 'number') return part;
    return typeof param === 'string' ? <bdi key={index}>{param}</bdi> : <span key={index}>{param.element}</span>;
  });
  return fallback === null ? (
    <>{parts}</>
  ) : (
    <span lang={fallback} dir="ltr">
      {parts}
    </span>
  );
}
