import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Writes text to the clipboard; the entrypoint provides the browser's clipboard. */
export type CopyText = (text: string) => Promise<void>;

export const ClipboardContext = createContext<CopyText>(() => Promise.reject(new Error('no clipboard provided')));

export function useCopyText(): CopyText {
  return useContext(ClipboardContext);
}
