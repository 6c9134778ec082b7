import { ACTIVATE_MESSAGE } from './protocol';

/**
 * A new build that the service worker has fully downloaded and checked, waiting
 * to take over. The page offers "Reload to update" instead of mixing builds: on
 * apply, the waiting worker takes over and the page reloads at once, so the new
 * build arrives with a navigation.
 */
export class OfflineUpdates {
  ready = $state(false);
  #waiting: ServiceWorker | null = null;
  #win: Window;

  constructor(win: Window = window) {
    this.#win = win;
  }

  /** Watches a registration for a build that finishes installing while this page runs an older one. */
  watch(registration: ServiceWorkerRegistration): void {
    const container = this.#win.navigator.serviceWorker;
    const offer = (worker: ServiceWorker | null) => {
      // No controller means this is the first install: there is nothing older to replace.
      if (worker && worker.state === 'installed' && container.controller) {
        this.#waiting = worker;
        this.ready = true;
      }
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => offer(installing));
    });
  }

  apply(): void {
    const worker = this.#waiting;
    if (!worker) return;
    const container = this.#win.navigator.serviceWorker;
    container.addEventListener('controllerchange', () => this.#win.location.reload(), { once: true });
    worker.postMessage({ type: ACTIVATE_MESSAGE });
  }
}
