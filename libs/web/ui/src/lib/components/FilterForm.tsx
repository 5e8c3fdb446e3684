import type { ReactElement, ReactNode } from 'react';

import { Button } from './Button';
import { Select } from './Select';
import type { SelectOption, SelectProps } from './Select';
import { TextInput } from './TextInput';

export interface FilterSelectProps extends Omit<SelectProps, 'options' | 'defaultValue'> {
  /** The first option, value '': no filter (e.g. "All ICSs"). */
  anyText: string;
  options: SelectOption[];
  /** The filter's current value from the query string (none: the first option). */
  value?: string | null;
}

/** A select that filters a list: "All …" first, then the options; the current value is chosen. */
export function FilterSelect({
  anyText,
  options,
  value,
  ...select
}: FilterSelectProps): ReactElement {
  return (
    <Select
      {...select}
      options={[{ value: '', text: anyText }, ...options]}
      defaultValue={value ?? ''}
    />
  );
}

export interface FilterFormProps {
  /** The list's path: the form GETs it, and "Clear filters" links to it. */
  action: string;
  /** The search landmark's accessible name. */
  label: string;
  /** The label of the free-text search box (id and name `q`). */
  searchLabel: string;
  /** The search box's current value. */
  q?: string;
  /** Whether any filter is set (shows "Clear filters"). */
  filtered: boolean;
  /** The filters between the search box and the button. */
  children: ReactNode;
}

/** GET form filtering a list (no JavaScript needed): search box, filters, "Apply filters" and "Clear filters". */
export function FilterForm({
  action,
  label,
  searchLabel,
  q,
  filtered,
  children,
}: FilterFormProps): ReactElement {
  return (
    <form method="get" action={action} role="search" aria-label={label}>
      <TextInput id="q" label={searchLabel} type="search" defaultValue={q} spellCheck={false} />
      {children}
      <Button variant="secondary">Apply filters</Button>
      {filtered ? (
        <p>
          <a href={action}>Clear filters</a>
        </p>
      ) : null}
    </form>
  );
}
