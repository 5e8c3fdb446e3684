import { FORMER_MEMBER } from './personal-data-source';
import type { PersonalDataSubject } from './personal-data-source';

/**
 * SQL that replaces the person's name and email inside a text column written
 * by others (a notification "Alex replied", an email body): `$n` is the name
 * parameter and `$n+1` the email. Use with `scrubParams`.
 */
export function scrubText(column: string, first: number): string {
  return `replace(replace(${column}, $${first}, '${FORMER_MEMBER}'), $${first + 1}, '')`;
}

/**
 * The same for a jsonb column: string values equal to the name become
 * "Former member", values equal to the email become null.
 */
export function scrubJson(column: string, first: number): string {
  return `replace(replace(${column}::text, to_json($${first}::text)::text, to_json('${FORMER_MEMBER}'::text)::text), to_json($${first + 1}::text)::text, 'null')::jsonb`;
}

/** The name and email to scrub; a missing one becomes a value that matches nothing. */
export function scrubParams(subject: PersonalDataSubject): [string, string] {
  const never = `\u0001never-${subject.userId}\u0001`;
  return [subject.name || never, subject.email || never];
}
