import { describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset';
import { catalogOf } from '../state/view';
import { PresentationLink, PresenterLink, type ChannelLike } from './channel';
import type { PresentedDeck } from './deck';

const catalog = catalogOf(dataset);
const deck: PresentedDeck = {
  id: 'builtin',
  title: 'Deck',
  slides: [
    { view: 'v=1', title: 'Map', notes: '' },
    { view: 'v=1&panel=plan', title: 'Plan', notes: '' },
  ],
};

/** Two ends of one channel: what one posts, the other receives, as BroadcastChannel does (never the sender). */
function pair(): [ChannelLike, ChannelLike] {
  const deliver = (to: ChannelLike, m: unknown) => to.onmessage?.({ data: structuredClone(m) } as MessageEvent);
  const a: ChannelLike = { postMessage: (m) => deliver(b, m), onmessage: null, close: () => {} };
  const b: ChannelLike = { postMessage: (m) => deliver(a, m), onmessage: null, close: () => {} };
  return [a, b];
}

describe('the presenter link', () => {
  it('hands the view the deck and the slide when it says hello, and obeys its steering', () => {
    const [presentation, view] = pair();
    const went: number[] = [];
    let resets = 0;
    const link = new PresentationLink(presentation, 'abc123', catalog, {
      onhello: () => (link.announceDeck(deck, 'en'), link.announceSlide(2, 1000)),
      ongo: (n) => went.push(n),
      onresettimer: () => resets++,
    });
    const seen: string[] = [];
    const presenter = new PresenterLink(view, 'abc123', catalog, {
      ondeck: (d, lang) => seen.push(`deck ${d.slides.length} ${lang}`),
      onslide: (n, at) => seen.push(`slide ${n} ${at}`),
      onbye: () => seen.push('bye'),
    });
    expect(seen).toEqual(['deck 2 en', 'slide 2 1000']);
    presenter.go(1);
    presenter.resetTimer();
    expect(went).toEqual([1]);
    expect(resets).toBe(1);
    link.close();
    expect(seen.at(-1)).toBe('bye');
  });

  it('ignores another session’s messages and malformed ones', () => {
    const [presentation, view] = pair();
    const went: number[] = [];
    new PresentationLink(presentation, 'abc123', catalog, { onhello: () => {}, ongo: (n) => went.push(n), onresettimer: () => {} });
    view.postMessage({ type: 'go', session: 'other1', slide: 2 });
    view.postMessage({ type: 'go', session: 'abc123', slide: 0 });
    view.postMessage('go');
    expect(went).toEqual([]);
  });

  it('does nothing without a channel (a browser without BroadcastChannel)', () => {
    const link = new PresentationLink(null, 'abc123', catalog, { onhello: () => {}, ongo: () => {}, onresettimer: () => {} });
    expect(link.connected).toBe(false);
    expect(() => (link.announceSlide(1, 1), link.close())).not.toThrow();
  });
});
