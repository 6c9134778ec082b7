import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSavedView } from './savedViewRecord';
import { SavedViews } from './savedViews.svelte';
import { memoryStore, type KeyValueStore } from './storage';

const clock = () => {
  let t = Date.UTC(2026, 0, 1);
  return () => new Date((t += 1000));
};

const failing: KeyValueStore = {
  get: () => Promise.reject(new Error('blocked')),
  set: () => Promise.reject(new Error('QuotaExceededError')),
  del: () => Promise.reject(new Error('blocked')),
  entries: () => Promise.reject(new Error('blocked')),
};

describe('SavedViews', () => {
  it('saves, renames, lists newest first and deletes, surviving a reload', async () => {
    const store = memoryStore();
    const views = new SavedViews(store, clock());
    await views.load();
    const a = await views.save('Financing, 2023', 'v=1&panel=financing');
    await views.save('Pidu plan', 'v=1&panel=plan');
    await views.rename(a.id, '  Financing,   full year 2023 ');
    expect(views.items.map((v) => v.name)).toEqual(['Financing, full year 2023', 'Pidu plan']);

    const reloaded = new SavedViews(store, clock());
    await reloaded.load();
    expect(reloaded.items.map((v) => v.query)).toEqual(['v=1&panel=financing', 'v=1&panel=plan']);

    await reloaded.remove(a.id);
    const again = new SavedViews(store, clock());
    await again.load();
    expect(again.items.map((v) => v.name)).toEqual(['Pidu plan']);
  });

  it('skips corrupt and future records without touching them, and says so', async () => {
    const store = memoryStore([
      ['view:garbage', 'not a record'],
      ['view:future', { v: 9, id: 'future', name: 'x', query: 'v=9', created: '', updated: '' }],
      [
        'view:abcdef123456',
        {
          v: 1,
          id: 'abcdef123456',
          name: 'Good',
          query: 'v=1&lang=en',
          created: '2026-01-01T00:00:00.000Z',
          updated: '2026-01-01T00:00:00.000Z',
        },
      ],
      ['deck:builtin', { anything: true }],
    ]);
    const views = new SavedViews(store);
    await views.load();
    expect(views.items.map((v) => v.name)).toEqual(['Good']);
    expect(views.problem).toBe('skipped');
    expect(views.skipped).toBe(2);
    expect(await store.get('view:future')).toMatchObject({ v: 9 });
  });

  it('keeps working in memory when IndexedDB is unavailable, and says so once', async () => {
    const views = new SavedViews(failing);
    await views.load();
    expect(views.status).toBe('unavailable');
    await views.save('Kept for this session', 'v=1&lang=en');
    expect(views.items.map((v) => v.name)).toEqual(['Kept for this session']);
    expect(views.problem).toBe('unavailable');
  });

  it('keeps the list when a write fails because storage is full', async () => {
    const store = memoryStore();
    const views = new SavedViews({ ...store, set: failing.set }, clock());
    await views.load();
    await views.save('First', 'v=1');
    expect(views.items).toHaveLength(1);
    expect(views.status).toBe('unavailable');
  });
});

describe('readSavedView', () => {
  it('never throws and accepts only well-formed records', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const read = readSavedView(raw);
        if (read.ok) expect(read.record.query.startsWith('v=')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects oversized names and queries', () => {
    const base = {
      v: 1,
      id: 'abcdef123456',
      name: 'ok',
      query: 'v=1',
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
    };
    expect(readSavedView(base).ok).toBe(true);
    expect(readSavedView({ ...base, name: 'x'.repeat(81) })).toEqual({ ok: false, reason: 'bad name' });
    expect(readSavedView({ ...base, query: `v=1&${'x'.repeat(3000)}` })).toEqual({ ok: false, reason: 'bad query' });
  });
});
