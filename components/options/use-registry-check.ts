import { useEffect, useState } from 'preact/hooks';
import type { RegistryCheck } from '../../utils/report/messages';

/** How long typing must pause before the page is checked: one request per pause, not per key. */
const pauseMs = 400;

export type RegistryCheckState = { status: 'idle' } | { status: 'checking' } | { status: 'done'; check: RegistryCheck };

export type CheckRegistryPage = (host: string, title: string) => Promise<RegistryCheck>;

/**
 * What the wiki says of the registry page as typed (`page` null while the fields are not
 * valid), asked once typing pauses. An answer for an earlier value is dropped. The saved page
 * is a dependency too: saving asks again, and the background then stores what it finds, so the
 * answer can name the copy in use.
 */
export function useRegistryCheck(page: { host: string; title: string } | null, saved: { host: string; title: string }, check: CheckRegistryPage): RegistryCheckState {
  const [state, setState] = useState<RegistryCheckState>({ status: 'idle' });
  const host = page?.host ?? null;
  const title = page?.title ?? null;
  useEffect(() => {
    if (host === null || title === null) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'checking' });
    const timer = setTimeout(() => {
      // A refused message (the background restarting, say) reads as a check that failed.
      const failed: RegistryCheck = { page: { status: 'failed' }, inUse: null };
      void check(host, title)
        .catch(() => failed)
        .then((answer) => current && setState({ status: 'done', check: answer }));
    }, pauseMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [host, title, saved.host, saved.title, check]);
  return state;
}
