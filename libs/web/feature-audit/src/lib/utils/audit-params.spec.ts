import { describe, expect, it } from '@jest/globals';

import {
  auditCsvHref,
  auditExportApiPath,
  auditFilter,
  auditHref,
  parseAuditParams,
} from './audit-params';

const ACTOR = '6f1c2a3b-1111-4222-8333-444455556666';

describe('audit params', () => {
  it('should keep well-formed filters and build the page, CSV and API links', () => {
    const { params, errors } = parseAuditParams({
      actor: ACTOR,
      action: 'role.granted',
      from: '2026-12-01',
      to: '2026-12-31',
      after: 'YTo1',
    });
    expect(errors).toEqual([]);
    expect(auditFilter(params, errors)).toEqual({
      actorId: ACTOR,
      action: 'role.granted',
      targetType: null,
      targetId: null,
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(auditHref(params, { after: 'YToz' })).toBe(
      `/admin/audit?actor=${ACTOR}&action=role.granted&from=2026-12-01&to=2026-12-31&after=YToz`,
    );
    expect(auditCsvHref(params)).toBe(
      `/admin/audit/export.csv?actorId=${ACTOR}&action=role.granted&from=2026-12-01&to=2026-12-31`,
    );
    expect(
      auditExportApiPath(new URLSearchParams('action=role.granted&evil=1&to=2026-12-31')),
    ).toBe('/audit/export.csv?action=role.granted&to=2026-12-31');
    expect(
      auditHref({ actor: '', action: '', targetType: '', targetId: '', from: '', to: '' }),
    ).toBe('/admin/audit');
  });

  it('should report malformed ids and dates and leave them out of the filter', () => {
    const { params, errors } = parseAuditParams({
      actor: 'bob',
      from: '2026-02-30',
      to: 'soon',
      action: 'DROP TABLE',
      targetId: 'x',
    });
    expect(errors.map((e) => e.field)).toEqual(['actor', 'action', 'from', 'to']);
    expect(auditFilter(params, errors)).toEqual({
      actorId: null,
      action: null,
      targetType: null,
      targetId: 'x',
      from: null,
      to: null,
    });
  });

  it('should refuse a "to" before the "from" and ignore a malformed cursor', () => {
    const { params, errors } = parseAuditParams({
      from: '2026-12-06',
      to: '2026-12-01',
      after: 'no good!',
    });
    expect(errors).toEqual([{ field: 'to', message: expect.stringContaining('after') }]);
    expect(params.after).toBeUndefined();
  });
});
