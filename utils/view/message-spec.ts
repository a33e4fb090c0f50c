/**
 * A message still to be translated: its key and parameters. View models hand these to
 * components, which render strings as isolated names (<bdi>) inside the translated sentence.
 */
export interface MessageSpec {
  key: string;
  params: (string | number)[];
}

export function message(key: string, ...params: (string | number)[]): MessageSpec {
  return { key, params };
}
