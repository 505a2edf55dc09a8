/**
 * `work`, done once for each first argument (later arguments must follow from it): the generator
 * asks the same of a phrase or a draft many times over.
 */
export function remembered<K, A extends unknown[], T>(work: (key: K, ...rest: A) => T): (key: K, ...rest: A) => T {
  const done = new Map<K, T>();
  return (key, ...rest) => {
    if (done.has(key)) return done.get(key) as T;
    const result = work(key, ...rest);
    done.set(key, result);
    return result;
  };
}
