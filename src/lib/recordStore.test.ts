import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { memoryStore, type KeyValueStore } from './keyValueStore';
import { RecordStore, type RecordKind } from './recordStore.svelte';

interface Note {
  id: string;
  text: string;
}

const kind: RecordKind<Note> = {
  prefix: 'note:',
  read: (raw) => {
    const r = raw as Partial<Note> | null;
    return typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.text === 'string'
      ? { ok: true, record: { id: r.id, text: r.text } }
      : { ok: false, reason: 'not a note' };
  },
  order: (a, b) => a.text.localeCompare(b.text),
};

const hanging: KeyValueStore = {
  get: () => new Promise(() => {}),
  set: () => new Promise(() => {}),
  del: () => new Promise(() => {}),
  entries: () => new Promise(() => {}),
};

const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('RecordStore', () => {
  it('lists records by storage key, so two records with one id are both listed, and delete uses the key', async () => {
    const store = memoryStore([
      ['note:a', { id: 'same', text: 'first' }],
      ['note:b', { id: 'same', text: 'second' }],
    ]);
    const notes = new RecordStore(store, kind);
    await notes.load();
    expect(notes.items.map((i) => i.key)).toEqual(['note:a', 'note:b']);
    await notes.remove('note:b');
    expect((await store.entries()).map(([k]) => k)).toEqual(['note:a']);
    const reloaded = new RecordStore(store, kind);
    await reloaded.load();
    expect(reloaded.items.map((i) => i.record.text)).toEqual(['first']);
  });

  it('keeps a record listed when storage refuses to delete it, and drops it only once storage has', async () => {
    const backing = memoryStore([['note:a', { id: 'a', text: 'kept' }]]);
    let refuse = true;
    const store: KeyValueStore = { ...backing, del: (key) => (refuse ? Promise.reject(new Error('disk error')) : backing.del(key)) };
    const notes = new RecordStore(store, kind);
    await notes.load();
    const pending = notes.remove('note:a');
    expect(notes.items.map((i) => i.key)).toEqual(['note:a']);
    expect((await pending).ok).toBe(false);
    expect(notes.items.map((i) => i.key)).toEqual(['note:a']);
    expect(notes.failure).not.toBeNull();
    refuse = false;
    expect((await notes.remove('note:a')).ok).toBe(true);
    expect(notes.items).toEqual([]);
    expect(await backing.entries()).toEqual([]);
  });

  it('skips what it cannot read, says why, and leaves it untouched', async () => {
    const store = memoryStore([
      ['note:bad', 42],
      ['note:good', { id: 'g', text: 'ok' }],
      ['other:x', { id: 'x', text: 'not mine' }],
    ]);
    const notes = new RecordStore(store, kind);
    await notes.load();
    expect(notes.items.map((i) => i.key)).toEqual(['note:good']);
    expect(notes.skipped).toEqual([{ key: 'note:bad', reason: 'not a note' }]);
    expect(await store.get('note:bad')).toBe(42);
  });

  it('stops waiting for storage that never answers, and carries on in memory', async () => {
    const notes = new RecordStore(hanging, kind, 20);
    await notes.load();
    expect(notes.status).toBe('unavailable');
    const saved = notes.put('note:1', { id: '1', text: 'kept in memory' });
    expect(notes.items.map((i) => i.record.text)).toEqual(['kept in memory']);
    expect(await saved).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('reads storage that answers only after the time limit, and stores what was made in memory meanwhile', async () => {
    const store = memoryStore([['note:old', { id: 'old', text: 'stored before' }]]);
    let answer!: () => void;
    const late = new Promise<void>((resolve) => (answer = resolve));
    const notes = new RecordStore({ ...store, entries: async () => (await late, store.entries()) }, kind, 20);
    await notes.load();
    expect(notes.status).toBe('unavailable');
    expect(await notes.put('note:new', { id: 'new', text: 'made meanwhile' })).toEqual({ ok: false, reason: 'unavailable' });
    answer();
    await vi.waitFor(() => expect(notes.status).toBe('ready'));
    expect(notes.items.map((i) => i.key).sort()).toEqual(['note:new', 'note:old']);
    expect(notes.failure).toBeNull();
    await vi.waitFor(async () => expect(await store.get('note:new')).toEqual({ id: 'new', text: 'made meanwhile' }));
  });

  it('never reports a write that storage refused as done: a full quota keeps the record and says so', async () => {
    const store = memoryStore();
    const notes = new RecordStore({ ...store, set: () => Promise.reject(quotaError()) }, kind);
    await notes.load();
    expect(await notes.put('note:1', { id: '1', text: 'x' })).toEqual({ ok: false, reason: 'quota' });
    expect(notes.failure).toBe('quota');
    expect(notes.items).toHaveLength(1);
    expect(await store.entries()).toEqual([]);
  });

  it('times out a write that hangs', async () => {
    const store = memoryStore();
    const notes = new RecordStore({ ...store, set: hanging.set }, kind, 20);
    await notes.load();
    expect(await notes.put('note:1', { id: '1', text: 'x' })).toEqual({ ok: false, reason: 'timeout' });
    expect(notes.status).toBe('unavailable');
  });

  it('keeps a record made while storage was still opening, and writes it once open', async () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const store = memoryStore();
    const notes = new RecordStore({ ...store, entries: async () => (await opened, store.entries()) }, kind);
    const loading = notes.load();
    const saved = notes.put('note:early', { id: 'early', text: 'early' });
    open();
    await loading;
    expect(await saved).toEqual({ ok: true });
    expect(notes.items.map((i) => i.key)).toEqual(['note:early']);
    expect(await store.get('note:early')).toEqual({ id: 'early', text: 'early' });
  });
});

describe('RecordStore over generated IndexedDB contents', () => {
  const valid = fc.record({ id: fc.string({ maxLength: 8 }), text: fc.string({ maxLength: 20 }) });
  const junk = fc.oneof(fc.anything(), fc.constant(null), fc.string(), fc.integer(), fc.record({ id: fc.integer() }));
  const entry = fc.tuple(
    fc.oneof(
      fc.constantFrom('note:a', 'note:b', 'note:c', 'other:a'),
      fc.string({ maxLength: 10 }).map((s) => `note:${s}`),
    ),
    fc.oneof(valid, junk),
  );

  it('lists every valid record exactly once, throws nothing, and changes nothing it was not asked to', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(entry, { selector: ([k]) => k, maxLength: 30 }), async (rows) => {
        const store = memoryStore(rows as [string, unknown][]);
        const before = JSON.stringify(await store.entries());
        const notes = new RecordStore(store, kind);
        await notes.load();
        const expected = rows.filter(([k, v]) => k.startsWith('note:') && kind.read(v, k).ok).map(([k]) => k);
        expect(notes.items.map((i) => i.key).sort()).toEqual([...expected].sort());
        expect(new Set(notes.items.map((i) => i.key)).size).toBe(notes.items.length);
        expect(notes.skipped.length).toBe(rows.filter(([k]) => k.startsWith('note:')).length - expected.length);
        expect(JSON.stringify(await store.entries())).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
