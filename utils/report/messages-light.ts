/** Names shared by every context, kept free of schemas so the smallest bundles can import them. */
export const panelPortName = 'wayfinder-page-reports';

/** The background sends the validated settings over this port, at connect and on every change. */
export const settingsPortName = 'wayfinder-settings';
