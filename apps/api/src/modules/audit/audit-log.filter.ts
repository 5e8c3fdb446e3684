import { badInput } from '../../common/errors/domain.exception';
import { isUuid } from '../../common/ids/uuid';

/** What a reader asked for, as given (GraphQL arguments or the CSV link's query string). */
export interface AuditFilterInput {
  actorId?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** A checked filter: dates as instants, `to` exclusive. */
export interface AuditFilter {
  actorId: string | null;
  action: string | null;
  targetType: string | null;
  targetId: string | null;
  from: Date | null;
  /** Exclusive: a date-only `to` means the whole of that day. */
  before: Date | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const TOKEN = /^[a-z][a-z0-9_.]{0,79}$/;

function blankToNull(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

/** A date (YYYY-MM-DD, UTC) or an ISO date-time; `endOfDay` moves a date-only value to the next midnight. */
function parseInstant(value: string | null, field: string, endOfDay: boolean): Date | null {
  if (!value) return null;
  if (DATE_ONLY.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
      throw badInput('Enter a real date, for example 2026-12-31.', field);
    }
    return endOfDay ? new Date(d.getTime() + 86_400_000) : d;
  }
  const d = DATE_TIME.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime()))
    throw badInput('Enter a real date, for example 2026-12-31.', field);
  return d;
}

/** Checks the filter: malformed ids, actions or dates are BAD_USER_INPUT. */
export function parseAuditFilter(input: AuditFilterInput | null | undefined): AuditFilter {
  const actorId = blankToNull(input?.actorId);
  if (actorId && !isUuid(actorId)) throw badInput('The actor id is not valid.', 'actorId');
  const action = blankToNull(input?.action);
  if (action && !TOKEN.test(action)) throw badInput('Choose an action from the list.', 'action');
  const targetType = blankToNull(input?.targetType);
  if (targetType && !TOKEN.test(targetType))
    throw badInput('The target type is not valid.', 'targetType');
  const targetId = blankToNull(input?.targetId);
  if (targetId && targetId.length > 80) throw badInput('The target id is too long.', 'targetId');
  const from = parseInstant(blankToNull(input?.from), 'from', false);
  const before = parseInstant(blankToNull(input?.to), 'to', true);
  if (from && before && from >= before)
    throw badInput('The "to" date must be after the "from" date.', 'to');
  return {
    actorId: actorId?.toLowerCase() ?? null,
    action,
    targetType,
    targetId,
    from,
    before,
  };
}

/** Keyset cursor over the id (newest first): opaque to clients. */
export function encodeAuditCursor(id: string): string {
  return Buffer.from(`a:${id}`, 'utf8').toString('base64url');
}

export function decodeAuditCursor(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const match = /^a:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('The cursor is not valid.', 'after');
  return match[1];
}
