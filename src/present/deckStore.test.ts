import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { memoryStore, type KeyValueStore } from '../state/storage';
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
    const a = await decks.create('  Financing   briefing ', [slide('v=1&panel=financing', 'Financing')]);
    await decks.update(a.id, { slides: [...a.slides, slide('v=1&panel=sources', '  Sources  ')] });
    await decks.update(a.id, { title: '   ' });

    const reloaded = new Decks(store, catalog, clock());
    await reloaded.load();
    expect(reloaded.items).toHaveLength(1);
    expect(reloaded.items[0]).toMatchObject({ title: 'Financing briefing', slides: [{ title: 'Financing' }, { title: 'Sources' }] });

    await reloaded.remove(a.id);
    const again = new Decks(store, catalog, clock());
    await again.load();
    expect(again.items).toEqual([]);
  });

  it('skips corrupt, future and mislabelled records without touching them, and says so', async () => {
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
      ['deck:other123456', good],
      ['deck:abcdef123456', good],
      ['view:abcdef123456', { v: 1 }],
    ]);
    const decks = new Decks(store, catalog);
    await decks.load();
    expect(decks.items.map((d) => d.title)).toEqual(['Good']);
    expect(decks.problem).toBe('skipped');
    expect(decks.skipped).toBe(3);
    expect(await store.get('deck:future')).toMatchObject({ v: 2 });
  });

  it('imports a valid file as a new deck and refuses a broken one without changing anything', async () => {
    const store = memoryStore();
    const decks = new Decks(store, catalog, clock());
    await decks.load();
    const a = await decks.create('Original', [slide('v=1&panel=patents', 'Patents')]);
    const imported = await decks.import(exportDeck(a));
    expect(imported.ok).toBe(true);
    expect(decks.items).toHaveLength(2);
    expect(new Set(decks.items.map((d) => d.id)).size).toBe(2);

    const refused = await decks.import(
      '{"kind":"ip-atlas-deck","v":1,"title":"x","slides":[{"view":"v=1&ind=nope","title":"","notes":""}]}',
    );
    expect(refused.ok).toBe(false);
    expect(decks.items).toHaveLength(2);
    expect((await store.entries()).length).toBe(2);
  });

  it('keeps working in memory when IndexedDB is unavailable, and says so', async () => {
    const decks = new Decks(failing, catalog);
    await decks.load();
    expect(decks.status).toBe('unavailable');
    const d = await decks.create('For this visit', [slide('v=1', 'Map')]);
    expect(decks.find(d.id)?.title).toBe('For this visit');
    expect(decks.problem).toBe('unavailable');
  });

  it('keeps a deck made while storage was still opening', async () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const store = memoryStore();
    const slow: KeyValueStore = { ...store, entries: async () => (await opened, store.entries()) };
    const decks = new Decks(slow, catalog, clock());
    const loading = decks.load();
    const early = await decks.create('Early', [slide('v=1', 'Map')]);
    open();
    await loading;
    expect(decks.items.map((d) => d.id)).toEqual([early.id]);
    expect(await store.get(`deck:${early.id}`)).toMatchObject({ title: 'Early' });
  });
});
