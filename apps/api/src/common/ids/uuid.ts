/** The canonical text form of a UUID (any version), as PostgreSQL's `uuid` type prints it. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a UUID in its canonical 8-4-4-4-12 hex form: the one check for ids. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The human message for a malformed id, shared by GraphQL and REST. */
export function malformedIdMessage(field: string): string {
  return `"${field}" is not a valid id. Ids are UUIDs such as 123e4567-e89b-12d3-a456-426614174000.`;
}
