/**
 * Field id of a registration question's input (the first option for radios
 * and checkboxes). Plain code, not in the 'use client' form module, because
 * the server action maps API errors to fields with it: a server action cannot
 * call a function exported from a client module (that was the 500 on a blank
 * required answer).
 */
export function questionFieldId(question: { id: string; type: string }): string {
  return question.type === 'TEXT' ? `q-${question.id}` : `q-${question.id}-0`;
}
