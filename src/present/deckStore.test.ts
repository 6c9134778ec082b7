import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { memoryStore, type KeyValueStore } from '../lib/keyValueStore';
import { exportDeck } from './deck';
import { catalogOf } from '../state/view';
import { Decks } from './deckStore.svelte';

const catalog = catalogOf(dataset);

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

const slide = (view: string, title: string) => ({ view, title, notes: '' });

describe('Decks', () => {
  it('creates, edits and deletes decks, surviving a reload', async () => {
    const store = memoryStore();
    const decks = new Decks(store, catalog, clock());
    await decks.load();
    const { deck: a, saved } = decks.create('  Financing   briefing ', [slide('v=1&panel=financing', 'Financing')]);
    expect(await saved).toEqual({ ok: true });
    await decks.update(a.id, { slides: [...a.slides, slide('v=1&panel=sources', '  Sources  ')] });
    await decks.update(a.id, { title: '   ' });

    const reloaded = new Decks(store, catalog, clock());
    await reloaded.load();
    expect(reloaded.items).toHaveLength(1);
    expect(reloaded.items[0]?.record).toMatchObject({
      title: 'Financing briefing',
      slides: [{ title: 'Financing' }, { title: 'Sources' }],
    });

    await reloaded.remove(a.id);
    const again = new Decks(store, catalog, clock());
    await again.load();
    expect(again.items).toEqual([]);
  });

  it('skips corrupt, future and impossible records without touching them, and lists a mislabelled one under its key', async () => {
    const good = {
      v: 1,
      id: 'abcdef123456',
      title: 'Good',
      slides: [slide('v=1', 'Map')],
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
    };
    const store = memoryStore([
      ['deck:garbage', 'not a deck'],
      ['deck:future', { ...good, v: 2, id: 'future' }],
      ['deck:month13', { ...good, updated: '2026-13-01T00:00:00.000Z' }],
      ['deck:other123456', good],
      ['deck:abcdef123456', good],
      ['view:abcdef123456', { v: 1 }],
    ]);
    const decks = new Decks(store, catalog);
    await decks.load();
    expect(decks.items.map((d) => d.key).sort()).toEqual(['deck:abcdef123456', 'deck:other123456']);
    expect(decks.find('other123456')?.id).toBe('other123456');
    expect(decks.store.skipped.map((s) => s.key)).toEqual(['deck:garbage', 'deck:future', 'deck:month13']);
    expect(await store.get('deck:future')).toMatchObject({ v: 2 });
    await decks.remove('other123456');
    expect(await store.get('deck:other123456')).toBeUndefined();
    expect(await store.get('deck:abcdef123456')).toMatchObject({ title: 'Good' });
  });

  it('imports a valid file as a new deck and refuses a broken one without changing anything', async () => {
    const store = memoryStore();
    const decks = new Decks(store, catalog, clock());
    await decks.load();
    const { deck: a } = decks.create('Original', [slide('v=1&panel=patents', 'Patents')]);
    const imported = decks.import(exportDeck(a));
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(await imported.value.saved).toEqual({ ok: true });
    expect(decks.items).toHaveLength(2);
    expect(new Set(decks.items.map((d) => d.record.id)).size).toBe(2);

    const refused = decks.import('{"kind":"ip-atlas-deck","v":1,"title":"x","slides":[{"view":"v=1&ind=nope","title":"","notes":""}]}');
    expect(refused.ok).toBe(false);
    expect(decks.items).toHaveLength(2);
    expect((await store.entries()).length).toBe(2);
  });

  it('keeps working in memory when IndexedDB is unavailable, and says a write did not happen', async () => {
    const decks = new Decks(failing, catalog);
    await decks.load();
    expect(decks.store.status).toBe('unavailable');
    const { deck, saved } = decks.create('For this visit', [slide('v=1', 'Map')]);
    expect(decks.find(deck.id)?.title).toBe('For this visit');
    expect(await saved).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('gives up on storage that never opens within the time limit', async () => {
    const never: KeyValueStore = {
      get: () => new Promise(() => {}),
      set: () => new Promise(() => {}),
      del: () => new Promise(() => {}),
      entries: () => new Promise(() => {}),
    };
    const decks = new Decks(never, catalog, clock(), 20);
    await decks.load();
    expect(decks.store.status).toBe('unavailable');
  });

  it('keeps a deck made while storage was still opening', async () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const store = memoryStore();
    const slow: KeyValueStore = { ...store, entries: async () => (await opened, store.entries()) };
    const decks = new Decks(slow, catalog, clock());
    const loading = decks.load();
    const { deck: early, saved } = decks.create('Early', [slide('v=1', 'Map')]);
    open();
    await loading;
    await saved;
    expect(decks.items.map((d) => d.record.id)).toEqual([early.id]);
    expect(await store.get(`deck:${early.id}`)).toMatchObject({ title: 'Early' });
  });
});

describe('Decks over generated IndexedDB contents', () => {
  const id = fc.constantFrom('aaaaaa', 'bbbbbb', 'cccccc1');
  const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t).toISOString());
  const slides = fc.array(
    fc.record({
      view: fc.constantFrom('v=1', 'v=1&panel=patents', 'v=1&places=hangzhou~ningbo'),
      title: fc.string({ maxLength: 40 }),
      notes: fc.string({ maxLength: 80 }),
    }),
    { maxLength: 4 },
  );
  const valid = fc.record({
    v: fc.constant(1),
    id,
    title: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
    slides,
    created: instant,
    updated: instant,
  });
  const broken = fc.oneof(
    valid.map((d) => ({ ...d, created: '2026-13-01T00:00:00.000Z' })),
    valid.map((d) => ({ ...d, updated: '2026-02-30T12:00:00.000Z' })),
    valid.map((d) => ({ ...d, slides: 'not a list' })),
    valid.map((d) => ({ ...d, slides: [{ view: 'v=1&places=atlantis', title: '', notes: '' }] })),
    valid.map((d) => ({ ...d, title: 'x'.repeat(100_000) })),
    valid.map((d) => ({ ...d, v: 2 })),
    fc.anything(),
  );
  const row = fc.tuple(
    fc.oneof(
      fc.stringMatching(/^[a-z0-9]{6,10}$/).map((k) => `deck:${k}`),
      fc.constant('deck:BAD KEY'),
      fc.constant('view:aaaaaa'),
    ),
    fc.oneof(
      valid.map((value) => ({ value, ok: true })),
      broken.map((value) => ({ value, ok: false })),
    ),
  );

  it('lists every valid deck exactly once under its key’s id, throws nothing, changes nothing, and deletes by key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { selector: ([key]) => key, maxLength: 20 }), async (rows) => {
        const store = memoryStore(rows.map(([key, { value }]) => [key, value]));
        const before = structuredClone(await store.entries());
        const decks = new Decks(store, catalog, clock());
        await decks.load();
        const expected = rows.filter(([key, { ok }]) => ok && /^deck:[a-z0-9]{6,10}$/.test(key)).map(([key]) => key);
        expect(decks.store.items.map((i) => i.key).sort()).toEqual([...expected].sort());
        for (const { key, record } of decks.store.items) expect(`deck:${record.id}`).toBe(key);
        expect(await store.entries()).toEqual(before);

        const [first] = decks.store.items;
        if (!first) return;
        await decks.remove(first.record.id);
        const reloaded = new Decks(store, catalog, clock());
        await reloaded.load();
        expect(reloaded.store.items.map((i) => i.key).sort()).toEqual(expected.filter((k) => k !== first.key).sort());
      }),
      { numRuns: 300 },
    );
  });
});
