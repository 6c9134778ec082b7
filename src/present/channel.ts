import type { Lang } from '../i18n/lang';
import type { Catalog } from '../state/view';
import type { PresentedDeck } from './deck';
import { CHANNEL, readMessage, type Message } from './protocol';

/**
 * The two ends of the presenter link, over a BroadcastChannel. The presentation
 * window announces its deck and slide and obeys "go" and "reset timer"; the
 * presenter view asks for the deck and steers. Every message received is
 * validated (protocol.ts) and ignored unless it belongs to this session.
 */

/** The part of BroadcastChannel the link uses, so tests can pass a pair of fakes. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export function openChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

export interface PresentationHandlers {
  /** The view asked where the presentation is. */
  onhello: () => void;
  ongo: (slide: number) => void;
  onresettimer: () => void;
}

/** The presentation window's end. */
export class PresentationLink {
  #channel: ChannelLike | null;
  #session: string;

  constructor(channel: ChannelLike | null, session: string, catalog: Catalog, handlers: PresentationHandlers) {
    this.#channel = channel;
    this.#session = session;
    if (!channel) return;
    channel.onmessage = (event) => {
      const message = readMessage(event.data, session, catalog);
      if (message?.type === 'hello') handlers.onhello();
      else if (message?.type === 'go') handlers.ongo(message.slide);
      else if (message?.type === 'reset-timer') handlers.onresettimer();
    };
  }

  get connected(): boolean {
    return this.#channel !== null;
  }

  announceDeck(deck: PresentedDeck, lang: Lang): void {
    this.#post({ type: 'deck', session: this.#session, lang, deck });
  }

  announceSlide(slide: number, startedAt: number): void {
    this.#post({ type: 'slide', session: this.#session, slide, startedAt });
  }

  close(): void {
    this.#post({ type: 'bye', session: this.#session });
    this.#channel?.close();
  }

  #post(message: Message): void {
    this.#channel?.postMessage(message);
  }
}

export interface PresenterHandlers {
  ondeck: (deck: PresentedDeck, lang: Lang) => void;
  onslide: (slide: number, startedAt: number) => void;
  onbye: () => void;
}

/** The presenter view's end. */
export class PresenterLink {
  #channel: ChannelLike | null;
  #session: string;

  constructor(channel: ChannelLike | null, session: string, catalog: Catalog, handlers: PresenterHandlers) {
    this.#channel = channel;
    this.#session = session;
    if (!channel) return;
    channel.onmessage = (event) => {
      const message = readMessage(event.data, session, catalog);
      if (message?.type === 'deck') handlers.ondeck(message.deck, message.lang);
      else if (message?.type === 'slide') handlers.onslide(message.slide, message.startedAt);
      else if (message?.type === 'bye') handlers.onbye();
    };
    channel.postMessage({ type: 'hello', session } satisfies Message);
  }

  go(slide: number): void {
    this.#channel?.postMessage({ type: 'go', session: this.#session, slide } satisfies Message);
  }

  resetTimer(): void {
    this.#channel?.postMessage({ type: 'reset-timer', session: this.#session } satisfies Message);
  }

  close(): void {
    this.#channel?.close();
  }
}
