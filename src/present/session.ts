import { newSession } from './protocol';

/** What a presentation keeps across a reload of its window: its session and when its clock started. */
export interface PresentationClock {
  session: string;
  startedAt: number;
}

const KEY = 'ip-atlas-presentation';

/** Resumes this tab's presentation, or starts one. Storage may be missing or throw (sandboxed frames). */
export function resumeClock(storage: () => Storage, now: number): PresentationClock {
  try {
    const raw: unknown = JSON.parse(storage().getItem(KEY) ?? 'null');
    if (typeof raw === 'object' && raw !== null) {
      const { session, startedAt } = raw as Record<string, unknown>;
      if (
        typeof session === 'string' &&
        /^[a-z0-9]{12}$/.test(session) &&
        typeof startedAt === 'number' &&
        startedAt > 0 &&
        startedAt <= now
      )
        return { session, startedAt };
    }
  } catch {
    // Unreadable storage: a fresh presentation is the right answer.
  }
  return saveClock(storage, { session: newSession(), startedAt: now });
}

export function saveClock(storage: () => Storage, clock: PresentationClock): PresentationClock {
  try {
    storage().setItem(KEY, JSON.stringify(clock));
  } catch {
    // Without storage the clock restarts on reload; nothing else depends on it.
  }
  return clock;
}

/** Elapsed time as m:ss, or h:mm:ss from the first hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
