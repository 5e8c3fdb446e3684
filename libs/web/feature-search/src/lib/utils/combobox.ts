/** What a key press in the suggestions combobox does. */
export type ComboboxAction =
  | { kind: 'move'; active: number }
  | { kind: 'pick'; index: number }
  | { kind: 'close' }
  /** Not handled: the browser's default (e.g. Enter submits the search form). */
  | { kind: 'default' };

export interface ComboboxState {
  open: boolean;
  /** Highlighted option, -1 for none. */
  active: number;
  count: number;
}

/**
 * Keyboard logic of the header search combobox (NHS/GOV.UK accessible
 * autocomplete): ArrowDown/ArrowUp move through the options (wrapping, and
 * ArrowUp from the first option returns to the input), Enter picks the
 * highlighted option, Escape closes the list; Enter with nothing highlighted,
 * and every other key, keep the browser's behaviour (Enter submits the search).
 */
export function comboboxKey(state: ComboboxState, key: string): ComboboxAction {
  const { open, active, count } = state;
  if (!open || count === 0) return { kind: 'default' };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'move', active: active + 1 >= count ? 0 : active + 1 };
    case 'ArrowUp':
      return { kind: 'move', active: active <= 0 ? (active === 0 ? -1 : count - 1) : active - 1 };
    case 'Enter':
      return active >= 0 && active < count ? { kind: 'pick', index: active } : { kind: 'default' };
    case 'Escape':
      return { kind: 'close' };
    default:
      return { kind: 'default' };
  }
}

/** The aria-live text after suggestions arrive. */
export function suggestionsStatus(count: number): string {
  if (count === 0) return 'No suggestions';
  return `${count} ${count === 1 ? 'result' : 'results'} available. Use the up and down arrows to choose, Enter to go to it.`;
}
