/**
 * The presenter's keyboard, as a pure reducer from key events to actions. Clickers
 * send PageDown/PageUp or the arrow keys; a number followed by Enter jumps.
 */

export type Action =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'fullscreen' }
  | { type: 'qr' }
  | { type: 'presenter-view' }
  | { type: 'exit' };

export interface KeyState {
  /** Digits typed so far for a jump. */
  digits: string;
}

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /**
   * Where the key was pressed: in a text field or select (which keeps every key),
   * on a button or link (which keeps Enter and Space), or elsewhere.
   */
  target?: 'text' | 'control' | 'other';
  /** Whether the audience QR is showing: Esc closes it first, and only a second Esc leaves. */
  qrOpen?: boolean;
}

export interface KeyResult {
  state: KeyState;
  action: Action | null;
  /** Whether the presenter used the key, so the page should not. */
  handled: boolean;
}

export const INITIAL_KEYS: KeyState = { digits: '' };
const MAX_DIGITS = 3;

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export function reduceKey(state: KeyState, input: KeyInput): KeyResult {
  const ignore = { state, action: null, handled: false };
  if (input.ctrlKey || input.metaKey || input.altKey) return ignore;
  if (input.target === 'text') return ignore;
  if (input.target === 'control' && (input.key === 'Enter' || input.key === ' ')) return ignore;

  const { key } = input;
  const cleared = { digits: '' };
  const act = (action: Action | null): KeyResult => ({ state: cleared, action, handled: true });

  if (/^[0-9]$/.test(key)) {
    const digits = (state.digits + key).replace(/^0+/, '').slice(0, MAX_DIGITS);
    return { state: { digits }, action: null, handled: true };
  }
  if (state.digits) {
    if (key === 'Enter') return act({ type: 'goto', slide: Number(state.digits) });
    if (key === 'Backspace') return { state: { digits: state.digits.slice(0, -1) }, action: null, handled: true };
    // Esc abandons a half-typed number instead of leaving the presentation.
    if (key === 'Escape') return act(null);
  }
  if (key === ' ' && input.shiftKey) return act({ type: 'prev' });
  if (NEXT.has(key)) return act({ type: 'next' });
  if (PREV.has(key)) return act({ type: 'prev' });
  if (key === 'Home') return act({ type: 'first' });
  if (key === 'End') return act({ type: 'last' });
  if (key === 'Escape') return act({ type: input.qrOpen ? 'qr' : 'exit' });
  switch (key.toLowerCase()) {
    case 'f':
      return act({ type: 'fullscreen' });
    case 'q':
      return act({ type: 'qr' });
    case 'p':
      return act({ type: 'presenter-view' });
  }
  return state.digits ? { state: cleared, action: null, handled: false } : ignore;
}

/** The slide an action leads to, clamped to the deck; null for actions that do not move. */
export function targetSlide(action: Action, current: number, total: number): number | null {
  const clamp = (n: number) => Math.min(Math.max(1, n), Math.max(1, total));
  switch (action.type) {
    case 'next':
      return clamp(current + 1);
    case 'prev':
      return clamp(current - 1);
    case 'first':
      return 1;
    case 'last':
      return clamp(total);
    case 'goto':
      return clamp(action.slide);
    default:
      return null;
  }
}
