import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSavedView } from './savedViewRecord';
import { SavedViews } from './savedViews.svelte';
import { memoryStore, type KeyValueStore } from '../lib/keyValueStore';

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
    await views.save('Financing, 2023', 'v=1&panel=financing');
    await views.save('Pidu plan', 'v=1&panel=plan');
    const first = views.items.find((i) => i.record.name === 'Financing, 2023')!;
    await views.rename(first.key, '  Financing,   full year 2023 ');
    expect(views.items.map((v) => v.record.name)).toEqual(['Financing, full year 2023', 'Pidu plan']);

    const reloaded = new SavedViews(store, clock());
    await reloaded.load();
    expect(reloaded.items.map((v) => v.record.query)).toEqual(['v=1&panel=financing', 'v=1&panel=plan']);

    await reloaded.remove(first.key);
    const again = new SavedViews(store, clock());
    await again.load();
    expect(again.items.map((v) => v.record.name)).toEqual(['Pidu plan']);
  });

  it('skips corrupt, future and impossible records without touching them, and says how many', async () => {
    const good = {
      v: 1,
      id: 'abcdef123456',
      name: 'Good',
      query: 'v=1&lang=en',
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
    };
    const store = memoryStore([
      ['view:garbage', 'not a record'],
      ['view:future', { v: 9, id: 'future', name: 'x', query: 'v=9', created: '', updated: '' }],
      ['view:month13', { ...good, id: 'month13abcdef', updated: '2026-13-01T00:00:00.000Z' }],
      ['view:abcdef123456', good],
      ['deck:builtin', { anything: true }],
    ]);
    const views = new SavedViews(store);
    await views.load();
    expect(views.items.map((v) => v.record.name)).toEqual(['Good']);
    expect(views.store.skipped.map((s) => s.key)).toEqual(['view:garbage', 'view:future', 'view:month13']);
    expect(await store.get('view:future')).toMatchObject({ v: 9 });
  });

  it('deletes and renames by storage key when a record’s id disagrees with its key, so nothing comes back', async () => {
    const record = {
      v: 1,
      id: 'abcdef123456',
      name: 'Mislabelled',
      query: 'v=1',
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
    };
    const store = memoryStore([
      ['view:zzzzzz999999', record],
      ['view:abcdef123456', { ...record, name: 'Twin' }],
    ]);
    const views = new SavedViews(store, clock());
    await views.load();
    expect(views.items).toHaveLength(2);
    await views.rename('view:zzzzzz999999', 'Renamed');
    await views.remove('view:zzzzzz999999');
    const reloaded = new SavedViews(store);
    await reloaded.load();
    expect(reloaded.items.map((i) => [i.key, i.record.name])).toEqual([['view:abcdef123456', 'Twin']]);
  });

  it('keeps working in memory when IndexedDB is unavailable, and says so', async () => {
    const views = new SavedViews(failing);
    await views.load();
    expect(views.store.status).toBe('unavailable');
    expect(await views.save('Kept for this session', 'v=1&lang=en')).toEqual({ ok: false, reason: 'unavailable' });
    expect(views.items.map((v) => v.record.name)).toEqual(['Kept for this session']);
  });

  it('says a save failed when storage is full, and keeps the view in the list', async () => {
    const store = memoryStore();
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const views = new SavedViews({ ...store, set: () => Promise.reject(full) }, clock());
    await views.load();
    expect(await views.save('First', 'v=1')).toEqual({ ok: false, reason: 'quota' });
    expect(views.items).toHaveLength(1);
    expect(views.store.failure).toBe('quota');
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

describe('SavedViews over generated IndexedDB contents', () => {
  // A small pool of ids, so that one id often sits under several keys, and keys that often disagree with the id.
  const id = fc.constantFrom('aaaaaa', 'bbbbbb', 'cccccc1');
  const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString());
  const valid = fc.record({
    v: fc.constant(1),
    id,
    name: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== ''),
    query: fc.constantFrom('v=1', 'v=1&panel=plan', 'v=1&lang=en&places=chengdu'),
    created: instant,
    updated: instant,
  });
  const broken = fc.oneof(
    valid.map((r) => ({ ...r, created: '2026-13-01T00:00:00.000Z' })),
    valid.map((r) => ({ ...r, updated: '2026-02-30T12:00:00.000Z' })),
    valid.map((r) => ({ ...r, name: 'x'.repeat(100_000) })),
    valid.map((r) => ({ ...r, v: '1' })),
    valid.map((r) => ({ ...r, query: 42 })),
    valid.map((r) => ({ ...r, id: 'Not An Id' })),
    fc.anything(),
  );
  const row = fc.tuple(
    fc.oneof(
      fc.stringMatching(/^[a-z0-9]{1,8}$/).map((k) => `view:${k}`),
      fc.constant('deck:aaaaaa'),
    ),
    fc.oneof(
      valid.map((value) => ({ value, ok: true })),
      broken.map((value) => ({ value, ok: false })),
    ),
  );

  it('lists every valid record exactly once by its key, throws nothing, changes nothing, and deletes by key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { selector: ([key]) => key, maxLength: 25 }), async (rows) => {
        const store = memoryStore(rows.map(([key, { value }]) => [key, value]));
        const before = structuredClone(await store.entries());
        const views = new SavedViews(store, clock());
        await views.load();
        const expected = rows.filter(([key, { ok }]) => ok && key.startsWith('view:')).map(([key]) => key);
        expect(views.items.map((i) => i.key).sort()).toEqual([...expected].sort());
        expect(views.store.skipped.length).toBe(rows.filter(([key, { ok }]) => !ok && key.startsWith('view:')).length);
        expect(await store.entries()).toEqual(before);

        const [first] = views.items;
        if (!first) return;
        await views.remove(first.key);
        const reloaded = new SavedViews(store, clock());
        await reloaded.load();
        expect(reloaded.items.map((i) => i.key).sort()).toEqual(expected.filter((k) => k !== first.key).sort());
        expect(await store.entries()).toEqual(before.filter(([key]) => key !== first.key));
      }),
      { numRuns: 300 },
    );
  });
});
