import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_KEYS, reduceKey, targetSlide, type Action, type KeyInput, type KeyState } from './keys';

function press(keys: (string | KeyInput)[], state: KeyState = INITIAL_KEYS): { state: KeyState; actions: (Action | null)[] } {
  const actions: (Action | null)[] = [];
  for (const k of keys) {
    const result = reduceKey(state, typeof k === 'string' ? { key: k } : k);
    state = result.state;
    actions.push(result.action);
  }
  return { state, actions };
}

describe('reduceKey', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'])('%j goes to the next slide', (key) => {
    expect(reduceKey(INITIAL_KEYS, { key })).toMatchObject({ action: { type: 'next' }, handled: true });
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%j goes back', (key) => {
    expect(reduceKey(INITIAL_KEYS, { key }).action).toEqual({ type: 'prev' });
  });

  it('Shift+Space goes back, as in slide software', () => {
    expect(reduceKey(INITIAL_KEYS, { key: ' ', shiftKey: true }).action).toEqual({ type: 'prev' });
  });

  it('Home, End, f, q, p and Esc map to their actions', () => {
    expect(press(['Home', 'End', 'f', 'Q', 'p', 'Escape']).actions).toEqual([
      { type: 'first' },
      { type: 'last' },
      { type: 'fullscreen' },
      { type: 'qr' },
      { type: 'presenter-view' },
      { type: 'exit' },
    ]);
  });

  it('a number followed by Enter jumps to that slide', () => {
    const { state, actions } = press(['1', '2', 'Enter']);
    expect(actions).toEqual([null, null, { type: 'goto', slide: 12 }]);
    expect(state.digits).toBe('');
  });

  it('keeps at most three digits, drops leading zeros and lets Backspace correct one', () => {
    expect(press(['0', '0', '7']).state.digits).toBe('7');
    expect(press(['1', '2', '3', '4']).state.digits).toBe('123');
    expect(press(['4', '5', 'Backspace', 'Enter']).actions.at(-1)).toEqual({ type: 'goto', slide: 4 });
  });

  it('Esc abandons a half-typed number instead of leaving', () => {
    const { state, actions } = press(['3', 'Escape']);
    expect(actions).toEqual([null, null]);
    expect(state.digits).toBe('');
    expect(press(['3', 'Escape', 'Escape']).actions.at(-1)).toEqual({ type: 'exit' });
  });

  it('Esc with the audience QR showing closes the QR, and only the next Esc leaves', () => {
    expect(
      press([
        { key: 'Escape', qrOpen: true },
        { key: 'Escape', qrOpen: false },
      ]).actions,
    ).toEqual([{ type: 'qr' }, { type: 'exit' }]);
  });

  it('a navigation key after digits navigates and forgets the digits', () => {
    expect(press(['5', 'PageDown', 'Enter']).actions).toEqual([null, { type: 'next' }, { type: 'next' }]);
  });

  it('leaves keys with modifiers to the browser (Ctrl+R, Alt+←)', () => {
    expect(reduceKey(INITIAL_KEYS, { key: 'r', ctrlKey: true }).handled).toBe(false);
    expect(reduceKey(INITIAL_KEYS, { key: 'ArrowLeft', altKey: true }).handled).toBe(false);
    expect(reduceKey(INITIAL_KEYS, { key: 'f', metaKey: true }).handled).toBe(false);
  });

  it('leaves every key to a text field, and Enter and Space to a focused button', () => {
    expect(reduceKey(INITIAL_KEYS, { key: 'ArrowRight', target: 'text' }).handled).toBe(false);
    expect(reduceKey(INITIAL_KEYS, { key: 'Enter', target: 'control' }).handled).toBe(false);
    expect(reduceKey(INITIAL_KEYS, { key: ' ', target: 'control' }).handled).toBe(false);
    expect(reduceKey(INITIAL_KEYS, { key: 'PageDown', target: 'control' }).action).toEqual({ type: 'next' });
  });

  it('ignores other keys', () => {
    expect(reduceKey(INITIAL_KEYS, { key: 'x' })).toEqual({ state: INITIAL_KEYS, action: null, handled: false });
    expect(reduceKey(INITIAL_KEYS, { key: 'Tab' }).handled).toBe(false);
  });

  it('never throws and keeps the digit buffer short, whatever is pressed', () => {
    const key = fc.oneof(
      fc.constantFrom('0', '5', '9', 'Enter', 'Escape', 'Backspace', 'PageDown', ' ', 'q', 'Tab'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ key, shiftKey: fc.boolean(), ctrlKey: fc.boolean() }), { maxLength: 30 }), (inputs) => {
        let state = INITIAL_KEYS;
        for (const input of inputs) {
          const result = reduceKey(state, input);
          state = result.state;
          expect(state.digits).toMatch(/^([1-9]\d{0,2})?$/);
          if (result.action?.type === 'goto') expect(result.action.slide).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});

describe('targetSlide', () => {
  it('clamps every move to the deck', () => {
    expect(targetSlide({ type: 'next' }, 3, 11)).toBe(4);
    expect(targetSlide({ type: 'next' }, 11, 11)).toBe(11);
    expect(targetSlide({ type: 'prev' }, 1, 11)).toBe(1);
    expect(targetSlide({ type: 'first' }, 7, 11)).toBe(1);
    expect(targetSlide({ type: 'last' }, 2, 11)).toBe(11);
    expect(targetSlide({ type: 'goto', slide: 99 }, 2, 11)).toBe(11);
    expect(targetSlide({ type: 'qr' }, 2, 11)).toBeNull();
  });
});
