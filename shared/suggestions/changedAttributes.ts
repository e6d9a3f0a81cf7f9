/** Deep equality of attribute values (JSON-like: strings, numbers, arrays, plain objects). */
export function sameAttributeValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The keys of `previous` whose value differs in `current`. */
export function changedAttributes(current: Record<string, unknown>, previous: Record<string, unknown>): string[] {
  return Object.keys(previous).filter((key) => !sameAttributeValue(current[key], previous[key]));
}
