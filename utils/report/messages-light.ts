/** Names shared by every context, kept free of schemas so the smallest bundles can import them. */
export const panelPortName = 'wayfinder-page-reports';
