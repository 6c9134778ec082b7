/**
 * For a value that cannot be absent because something upstream guarantees it (the
 * build-time dataset check, a layout that always places required labels). Where a
 * value can really be absent, narrow and handle it instead. If the guarantee ever
 * breaks, this fails at once with the name of what is missing, not later on undefined.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`IP Atlas: ${what} is missing`);
  return value;
}
