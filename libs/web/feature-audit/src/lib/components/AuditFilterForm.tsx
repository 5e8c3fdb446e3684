import { Select, TextInput } from '@mic/web-ui';
import type { ReactElement } from 'react';

import type { AuditParamError, AuditParams } from '../utils/audit-params';

export interface AuditFilterFormProps {
  params: AuditParams;
  errors: AuditParamError[];
  actions: { action: string; label: string }[];
}

/** The audit log filters: a GET form, so it works without JavaScript and the URL can be shared. */
export function AuditFilterForm({ params, errors, actions }: AuditFilterFormProps): ReactElement {
  const error = (field: keyof AuditParams) => errors.find((e) => e.field === field)?.message;
  const filtered = Boolean(
    params.actor ||
    params.action ||
    params.targetType ||
    params.targetId ||
    params.from ||
    params.to,
  );
  return (
    <form method="get" action="/admin/audit" aria-label="Filter the audit log" noValidate>
      <h2 className="nhsuk-heading-s">Filter</h2>
      <TextInput
        id="actor"
        label="Who (person id)"
        hint="The id in their profile address"
        defaultValue={params.actor}
        error={error('actor')}
        spellCheck={false}
      />
      <Select
        id="action"
        label="Action"
        options={[
          { value: '', text: 'All actions' },
          ...actions.map((a) => ({ value: a.action, text: a.label })),
        ]}
        defaultValue={params.action}
        error={error('action')}
      />
      <TextInput
        id="targetType"
        label="Target type"
        hint="For example user, event, case_study"
        defaultValue={params.targetType}
        error={error('targetType')}
        spellCheck={false}
      />
      <TextInput
        id="targetId"
        label="Target id"
        defaultValue={params.targetId}
        error={error('targetId')}
        spellCheck={false}
      />
      <TextInput
        id="from"
        label="From date"
        hint="For example 2026-12-01"
        defaultValue={params.from}
        error={error('from')}
        width={10}
      />
      <TextInput
        id="to"
        label="To date (inclusive)"
        hint="For example 2026-12-31"
        defaultValue={params.to}
        error={error('to')}
        width={10}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Apply filters
      </button>
      {filtered ? (
        <p className="nhsuk-body">
          <a href="/admin/audit">Clear filters</a>
        </p>
      ) : null}
    </form>
  );
}
