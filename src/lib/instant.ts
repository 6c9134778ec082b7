const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/**
 * True for an ISO 8601 UTC timestamp that names a real instant. The format alone
 * lets "2026-13-01" or "2026-02-30" through, and either throws "Invalid time value"
 * the moment a list formats its date; the round trip through Date refuses both.
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO.test(value)) return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** The system clock, the default wherever a clock can be swapped for a test's. */
export const systemClock = (): Date => new Date();
