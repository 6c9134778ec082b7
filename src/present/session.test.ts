import { describe, expect, it } from 'vitest';
import { formatElapsed, resumeClock, saveClock } from './session';

function fakeStorage(initial: Record<string, string> = {}): () => Storage {
  const map = new Map(Object.entries(initial));
  const storage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  } as Storage;
  return () => storage;
}

describe('resumeClock', () => {
  it('starts a presentation, then resumes it after a reload', () => {
    const storage = fakeStorage();
    const first = resumeClock(storage, 1000);
    expect(first.session).toMatch(/^[a-z0-9]{12}$/);
    expect(resumeClock(storage, 5000)).toEqual(first);
  });

  it('keeps a reset clock', () => {
    const storage = fakeStorage();
    const first = resumeClock(storage, 1000);
    saveClock(storage, { ...first, startedAt: 4000 });
    expect(resumeClock(storage, 5000).startedAt).toBe(4000);
  });

  it('starts afresh when storage is corrupt, from the future or throws', () => {
    expect(resumeClock(fakeStorage({ 'ip-atlas-presentation': '{bad' }), 1000).startedAt).toBe(1000);
    expect(resumeClock(fakeStorage({ 'ip-atlas-presentation': '{"session":"abcdefabcdef","startedAt":9999}' }), 1000).startedAt).toBe(1000);
    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(resumeClock(throwing, 1000).startedAt).toBe(1000);
  });
});

describe('formatElapsed', () => {
  it('reads as a clock', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(59_999)).toBe('0:59');
    expect(formatElapsed(12 * 60_000 + 5_000)).toBe('12:05');
    expect(formatElapsed(3_600_000 + 61_000)).toBe('1:01:01');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
