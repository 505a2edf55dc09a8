/**
 * How much further than its file a bank's text may grow through aliases (`&name` ... `*name`):
 * plenty for a list of choices used twice, far short of one long text repeated thousands of
 * times, which every export and print would write out in full.
 */
export const ALIAS_ALLOWANCE = 16 * 1024 * 1024;

/**
 * The characters of text in YAML data with every alias expanded (keys and strings; other scalars
 * count a few), counted no further than `limit`. An alias makes two places share one node, so
 * each node is measured once: a "billion laughs" document costs what its file costs. An alias
 * inside the node it names counts nothing the second time; such a bank fails its schema anyway.
 */
export function expandedLength(data: unknown, limit: number): number {
  const measured = new Map<object, number>();
  const measure = (value: unknown): number => {
    if (typeof value === 'string') return value.length;
    if (typeof value !== 'object' || value === null) return 8;
    const known = measured.get(value);
    if (known !== undefined) return known;
    measured.set(value, 0);
    let total = 0;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && total <= limit; i++) total += measure(value[i]);
    } else {
      for (const key in value) {
        total += key.length + measure((value as Record<string, unknown>)[key]);
        if (total > limit) break;
      }
    }
    measured.set(value, total);
    return total;
  };
  return measure(data);
}
