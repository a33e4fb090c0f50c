import { useEffect, useState } from 'preact/hooks';

/**
 * False until the page's first screen has been drawn, then true: for parts below it, which would
 * otherwise hold that screen back while they are built (docs/PERFORMANCE.md). They are built in
 * the task after the next frame. `now` makes it true at once: when the page opens on such a part,
 * it is the first screen. A hidden page draws no frames, and has no screen to hurry: it gets
 * them at once too.
 */
export function useAfterFirstScreen(now: boolean): boolean {
  const [drawn, setDrawn] = useState(() => now || document.hidden);
  useEffect(() => {
    if (drawn) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (task = setTimeout(() => setDrawn(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [drawn]);
  return drawn || now;
}
