/** Freezes an object graph in place, so no consumer can alter a registry others share. */
export function deepFreeze<T>(value: T): T {
  const seen = new WeakSet<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    Object.freeze(next);
    pending.push(...Object.values(next));
  }
  return value;
}

function refuseChange(): never {
  throw new TypeError('A prepared registry is read-only.');
}

/** A Map whose mutators throw: Object.freeze alone leaves set, delete and clear working. */
export function frozenMap<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  const map = new Map<K, V>(entries);
  for (const method of ['set', 'delete', 'clear'] as const) {
    Object.defineProperty(map, method, { value: refuseChange });
  }
  return Object.freeze(map);
}

/** Groups values under keys, keeping first-seen order within each group. */
export function groupBy<V>(items: Iterable<readonly [string, V]>): ReadonlyMap<string, readonly V[]> {
  const groups = new Map<string, V[]>();
  for (const [key, value] of items) {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [value]);
    else if (!group.includes(value)) group.push(value);
  }
  return frozenMap([...groups].map(([key, values]) => [key, Object.freeze(values)] as const));
}

/** A frozen map keeping the first value seen for each key. */
export function firstByKey<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  const map = new Map<K, V>();
  for (const [key, value] of entries) if (!map.has(key)) map.set(key, value);
  return frozenMap(map);
}
