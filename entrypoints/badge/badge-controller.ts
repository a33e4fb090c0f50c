import type { BadgeAnswer } from '../../utils/report/badge-client';

export interface BadgeView {
  isShown(): boolean;
  show(label: string): void;
  remove(): void;
}

export interface BadgeController {
  /** Asks the background whether this page gets a badge, and shows it if so. */
  refresh(): void;
  /** The badge setting, as the background announces it. */
  setEnabled(enabled: boolean): void;
}

/**
 * When the badge shows: on the background's answer, while the setting allows it. An answer that
 * arrives after the setting was turned off is dropped; turning it on while a question is out asks
 * again once that is answered, since the answer may have been decided under the old setting.
 */
export function createBadgeController(ask: () => Promise<BadgeAnswer>, view: BadgeView): BadgeController {
  let enabled = true;
  let asking = false;
  let askAgain = false;

  const refresh = (): void => {
    if (view.isShown()) return;
    if (asking) {
      askAgain = true;
      return;
    }
    asking = true;
    ask()
      .then(
        (answer) => {
          if (enabled && answer.show && !view.isShown()) view.show(answer.label);
        },
        // No answer (the background restarting, the tab going away): no badge, as when told no.
        () => undefined,
      )
      .finally(() => {
        asking = false;
        if (askAgain && enabled) refresh();
        askAgain = false;
      });
  };

  return {
    refresh,
    setEnabled(value) {
      enabled = value;
      if (value) refresh();
      else view.remove();
    },
  };
}
