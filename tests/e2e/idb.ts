import type { Page } from '@playwright/test';

/** Writes records straight into the app's IndexedDB store, as a hostile or unlucky history would have left them. */
export function seedRecords(page: Page, records: [key: string, value: unknown][]): Promise<void> {
  return page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('ip-atlas');
      open.onupgradeneeded = () => open.result.createObjectStore('records');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    for (const [key, value] of records) store.put(value, key);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, records);
}

/** Every key in the store, sorted. */
export function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('ip-atlas');
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').getAllKeys();
          request.onsuccess = () => {
            resolve((request.result as string[]).sort());
            open.result.close();
          };
        };
      }),
  );
}
