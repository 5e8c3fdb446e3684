'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';

import type { MentionQuery } from '../utils/mention';
import { findMentionQuery, hasMention, insertMention, mentionsAsText } from '../utils/mention';

/** One person offered in the list (from the web's people route, never the API directly). */
export interface MentionPerson {
  id: string;
  name: string;
  organisationName: string;
}

export interface MentionTextareaProps {
  id: string;
  name: string;
  rows: number;
  className: string;
  defaultValue?: string;
  'aria-describedby'?: string;
  /** Same-origin route that answers `?q=` with `MentionPerson[]` JSON. */
  searchPath?: string;
}

const DEBOUNCE_MS = 200;

/**
 * A textarea that offers @mention autocomplete once hydrated (ARIA combobox
 * with a listbox: arrow keys, Enter or Tab to pick, Escape), and a preview
 * that shows each inserted mention as the person's name rather than its token. Without JavaScript it is the
 * plain textarea, and mentions can be typed as `@[Name](mention:id)`.
 */
export function MentionTextarea({
  id,
  name,
  rows,
  className,
  defaultValue,
  'aria-describedby': describedBy,
  searchPath = '/people/search',
}: MentionTextareaProps): ReactElement {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listboxId = `${useId().replace(/:/g, '')}-mentions`;
  const [enhanced, setEnhanced] = useState(false);
  const [people, setPeople] = useState<MentionPerson[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const [text, setText] = useState(defaultValue ?? '');
  const query = useRef<MentionQuery | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    setEnhanced(true);
    return () => {
      clearTimeout(timer.current);
      request.current?.abort();
    };
  }, []);

  const close = (): void => {
    setOpen(false);
    setActive(-1);
    setPeople([]);
  };

  const lookUp = (): void => {
    const el = ref.current;
    if (!el) return;
    const found = findMentionQuery(el.value, el.selectionStart ?? el.value.length);
    query.current = found;
    clearTimeout(timer.current);
    if (!found) {
      if (open) close();
      return;
    }
    timer.current = setTimeout(() => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      fetch(`${searchPath}?q=${encodeURIComponent(found.query)}`, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      })
        .then((res) => (res.ok ? (res.json() as Promise<MentionPerson[]>) : []))
        .then((list) => {
          if (controller.signal.aborted) return;
          setPeople(list);
          setActive(-1);
          setOpen(list.length > 0);
          setStatus(
            list.length === 0
              ? `No one found for ${found.query}`
              : `${list.length} ${list.length === 1 ? 'person' : 'people'} found. Use the up and down arrows to choose, Enter to insert.`,
          );
        })
        .catch(() => undefined);
    }, DEBOUNCE_MS);
  };

  const pick = (person: MentionPerson): void => {
    const el = ref.current;
    const at = query.current;
    if (!el || !at) return;
    const next = insertMention(el.value, at, person);
    el.value = next.text;
    setText(next.text);
    el.focus();
    el.setSelectionRange(next.caret, next.caret);
    query.current = null;
    close();
    setStatus(`Mentioned ${person.name}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (!open || people.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (i + 1) % people.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i <= 0 ? people.length - 1 : i - 1));
    } else if ((event.key === 'Enter' || event.key === 'Tab') && active >= 0) {
      // Enter or Tab picks the highlighted person (Tab with nothing highlighted moves on as usual).
      event.preventDefault();
      pick(people[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  const optionId = (i: number): string => `${listboxId}-${i}`;
  const comboboxProps = enhanced
    ? {
        role: 'combobox' as const,
        'aria-autocomplete': 'list' as const,
        'aria-expanded': open,
        'aria-controls': listboxId,
        'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
      }
    : {};

  return (
    <div className="mic-mention">
      <textarea
        ref={ref}
        className={className}
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={describedBy}
        onInput={(event) => {
          setText(event.currentTarget.value);
          lookUp();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(close, 150)}
        {...comboboxProps}
      />
      {enhanced ? (
        <>
          <ul
            id={listboxId}
            role="listbox"
            aria-label="People to mention"
            className="mic-mention__list nhsuk-list"
            hidden={!open}
          >
            {people.map((p, i) => (
              <li
                key={p.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`mic-mention__option${i === active ? ' mic-mention__option--active' : ''}`}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(p);
                }}
              >
                {p.name} <span className="nhsuk-body-s">({p.organisationName})</span>
              </li>
            ))}
          </ul>
          {hasMention(text) ? (
            <p className="nhsuk-body-s mic-mention__preview" id={`${listboxId}-preview`}>
              <span className="nhsuk-u-font-weight-bold">Preview: </span>
              {mentionsAsText(text)}
            </p>
          ) : null}
          <div role="status" aria-live="polite" className="nhsuk-u-visually-hidden">
            {status}
          </div>
        </>
      ) : null}
    </div>
  );
}
