import { createContext } from 'svelte';
import { normalise, type Notice } from './codec';
import { DEFAULT_VIEW, type Camera, type Measure, type Mode, type Panel, type Theme, type View } from './view';
import type { Lang } from '../data/types';

/** How a change enters history: meaningful steps are pushed, continuous ones replace. */
export type Step = 'push' | 'replace';

/**
 * The one view state. Components read `current` and call methods; they never
 * touch the URL. urlSync.ts listens through onChange and mirrors it to history.
 */
export class ViewState {
  current = $state<View>(DEFAULT_VIEW);
  /** What the URL asked for that could not be honoured. */
  notices = $state<Notice[]>([]);
  /** A place hovered in any panel or on the map, for linked highlighting. Not part of the URL. */
  hovered = $state<string | null>(null);

  #listeners: ((step: Step) => void)[] = [];

  constructor(initial: View = DEFAULT_VIEW) {
    this.current = normalise(initial);
  }

  onChange(listener: (step: Step) => void): () => void {
    this.#listeners.push(listener);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
  }

  /** Replaces the whole view without a history step (popstate, cold load, a slide). */
  restore(view: View): void {
    this.current = normalise(view);
  }

  /** Applies a view as a meaningful step (a saved view, a slide opened in explore mode). */
  open(view: View): void {
    this.#update(view, 'push');
  }

  /** Adds a place to the selection and opens its profile, or removes it if already selected. */
  togglePlace(id: string): void {
    const { places } = this.current;
    if (places.includes(id))
      this.#update({ places: places.filter((p) => p !== id), focus: this.current.focus === id ? null : this.current.focus });
    else this.#update({ places: [...places, id], focus: id });
  }

  /** Makes `id` the selected place and opens its profile. */
  selectPlace(id: string): void {
    this.#update({ places: [id], focus: id });
  }

  focusPlace(id: string | null): void {
    this.#update({ focus: id });
  }

  clearSelection(): void {
    this.#update({ places: [], focus: null });
  }

  setPanel(panel: Panel): void {
    this.#update({ panel });
  }

  setIndicator(indicator: string): void {
    this.#update({ indicator });
  }

  setPeriod(period: number | null): void {
    this.#update({ period });
  }

  setComparable(comparable: boolean): void {
    this.#update({ comparable });
  }

  setMeasure(measure: Measure): void {
    this.#update({ measure });
  }

  /** Panning and zooming replace the history entry instead of flooding Back. */
  setCamera(camera: Camera | null, step: Step = 'replace'): void {
    this.#update({ camera }, step);
  }

  setLang(lang: Lang): void {
    this.#update({ lang });
  }

  setTheme(theme: Theme): void {
    this.#update({ theme });
  }

  setMode(mode: Mode): void {
    this.#update({ mode });
  }

  /** Moving between slides replaces: Back leaves the presentation instead of stepping through it. */
  setSlide(slide: number): void {
    this.#update({ slide }, 'replace');
  }

  dismissNotices(): void {
    this.notices = [];
  }

  #update(patch: Partial<View>, step: Step = 'push'): void {
    const next = normalise({ ...this.current, ...patch });
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    for (const listener of this.#listeners) listener(step);
  }
}

export const [getViewState, setViewState] = createContext<ViewState>();
