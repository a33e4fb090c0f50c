/** Team pages may live on another wiki than the audited one (most on Meta): keyed by both. */
export function teamPageKey(host: string, title: string): string {
  return `${host}\n${title}`;
}
