'use client';

import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactElement, ReactNode } from 'react';

import { comboboxKey, suggestionsStatus } from '../utils/combobox';
import { SEARCH_TYPE_LABELS } from '../utils/search-type-labels';
import type { SearchSuggestionView } from '../utils/suggestions';
import { MIN_PREFIX } from '../utils/suggestions';

export interface HeaderSearchProps {
  /** Same-origin route answering `?q=` with `SearchSuggestionView[]` JSON. */
  suggestionsPath?: string;
  /** Where the form goes (GET, `q`). */
  action?: string;
  /** Goes to a picked suggestion (tests replace it; by default a full page load). */
  navigate?: (url: string) => void;
  /**
   * The submit button's icon, rendered by the (server) caller, e.g.
   * `<Icon name="search" />`: passed as an element, the icon set stays out of
   * the JavaScript every page loads for this component.
   */
  submitIcon?: ReactNode;
}

const assignLocation = (url: string): void => window.location.assign(url);

const DEBOUNCE_MS = 250;
const INPUT_ID = 'search-field';
const LISTBOX_ID = 'search-field-suggestions';
const optionId = (i: number): string => `${LISTBOX_ID}-${i}`;

/**
 * The site search in the NHS header. Without JavaScript: a GET form to
 * /search. Once hydrated the input becomes an ARIA combobox (NHS/GOV.UK
 * accessible-autocomplete pattern) offering up to 8 suggestions while typing;
 * ArrowUp/ArrowDown highlight, Enter on a highlighted suggestion goes to it,
 * Enter otherwise searches, Escape closes the list.
 */
export function HeaderSearch({
  suggestionsPath = '/search/suggestions',
  action = '/search',
  navigate = assignLocation,
  submitIcon,
}: HeaderSearchProps): ReactElement {
  const [enhanced, setEnhanced] = useState(false);
  const [suggestions, setSuggestions] = useState<SearchSuggestionView[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const request = useRef<AbortController | null>(null);
  const blurTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    setEnhanced(true);
    return () => {
      clearTimeout(timer.current);
      clearTimeout(blurTimer.current);
      request.current?.abort();
    };
  }, []);

  const close = (): void => {
    setOpen(false);
    setActive(-1);
  };

  const lookUp = (value: string): void => {
    clearTimeout(timer.current);
    const prefix = value.trim();
    if (prefix.length < MIN_PREFIX) {
      request.current?.abort();
      setSuggestions([]);
      close();
      setStatus('');
      return;
    }
    timer.current = setTimeout(() => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      fetch(`${suggestionsPath}?q=${encodeURIComponent(prefix)}`, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      })
        .then((res) => (res.ok ? (res.json() as Promise<SearchSuggestionView[]>) : []))
        .then((list) => {
          if (controller.signal.aborted) return;
          setSuggestions(list);
          setActive(-1);
          setOpen(list.length > 0);
          setStatus(suggestionsStatus(list.length));
        })
        .catch(() => undefined);
    }, DEBOUNCE_MS);
  };

  const go = (suggestion: SearchSuggestionView): void => {
    close();
    setStatus(`Going to ${suggestion.title}`);
    navigate(suggestion.url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const result = comboboxKey({ open, active, count: suggestions.length }, event.key);
    switch (result.kind) {
      case 'move':
        event.preventDefault();
        setActive(result.active);
        break;
      case 'pick':
        event.preventDefault();
        go(suggestions[result.index]);
        break;
      case 'close':
        event.preventDefault();
        close();
        break;
      default:
        break;
    }
  };

  const comboboxProps = enhanced
    ? {
        role: 'combobox' as const,
        'aria-autocomplete': 'list' as const,
        'aria-expanded': open,
        'aria-controls': LISTBOX_ID,
        'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
      }
    : {};

  return (
    <div className="nhsuk-header__search">
      <form
        className="nhsuk-header__search-form"
        id="search"
        action={action}
        method="get"
        role="search"
        aria-label="Site search"
      >
        <div className="nhsuk-form-group mic-search-suggest">
          <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={INPUT_ID}>
            Search the Commons
          </label>
          <div className="nhsuk-input-wrapper">
            <input
              className="nhsuk-input nhsuk-header__search-input"
              id={INPUT_ID}
              name="q"
              type="search"
              autoComplete="off"
              spellCheck={false}
              placeholder="Search"
              maxLength={200}
              onChange={(event) => lookUp(event.target.value)}
              onKeyDown={onKeyDown}
              onFocus={() => {
                clearTimeout(blurTimer.current);
                if (suggestions.length) setOpen(true);
              }}
              onBlur={() => {
                blurTimer.current = setTimeout(close, 150);
              }}
              {...comboboxProps}
            />
            <button
              className="nhsuk-button nhsuk-button--small nhsuk-header__search-submit"
              type="submit"
            >
              {submitIcon}
              <span className="nhsuk-u-visually-hidden">Search</span>
            </button>
          </div>
          {enhanced ? (
            <>
              <ul
                id={LISTBOX_ID}
                role="listbox"
                aria-label="Search suggestions"
                className="mic-search-suggest__list nhsuk-list"
                hidden={!open}
              >
                {suggestions.map((s, i) => (
                  <li
                    key={`${s.type}-${s.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={`mic-search-suggest__option${i === active ? ' mic-search-suggest__option--active' : ''}`}
                    onMouseDown={(event) => {
                      event.preventDefault();
                      go(s);
                    }}
                  >
                    <span className="mic-search-suggest__title">{s.title}</span>{' '}
                    <span className="mic-search-suggest__type">{SEARCH_TYPE_LABELS[s.type]}</span>
                  </li>
                ))}
              </ul>
              {/* aria-live without role="status": the page's own status messages stay the only role=status. */}
              <div
                aria-live="polite"
                aria-atomic="true"
                className="nhsuk-u-visually-hidden"
                data-testid="search-suggestions-status"
              >
                {status}
              </div>
            </>
          ) : null}
        </div>
      </form>
    </div>
  );
}
