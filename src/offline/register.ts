import type { Mode } from '../state/view';
import type { OfflineUpdates } from './updates.svelte';

/**
 * Registers the service worker that scripts/vite-plugin-offline.ts writes into
 * production builds, so the app and the built-in deck work with the network off
 * after the first visit, and hands the registration to `updates`, which offers a
 * newer build once it is fully cached.
 *
 * Never in embed mode: an embedded chart lives in a news article, where precaching
 * the whole app (MapLibre included) would cost every reader of the article for
 * nothing, and an embed of a chart must not download MapLibre (ARCHITECTURE.md §1).
 */
export function registerOffline(mode: Mode, updates: OfflineUpdates, win: Window = window): void {
  if (!import.meta.env.PROD || mode === 'embed' || !('serviceWorker' in win.navigator)) return;
  const register = () => {
    win.navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then((registration) => updates.watch(registration))
      // A refused registration (private windows, blocked storage) leaves the app working online.
      .catch(() => {});
  };
  // After the load, so precaching never competes with the first screen.
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}

/** Whether this page is already kept for offline use (a service worker is active). */
export async function availableOffline(win: Window = window): Promise<boolean> {
  if (!('serviceWorker' in win.navigator)) return false;
  try {
    const registration = await win.navigator.serviceWorker.getRegistration();
    return Boolean(registration?.active);
  } catch {
    return false;
  }
}
