/** Joins the ids that describe a field (hint, error) for `aria-describedby`. */
export function describedBy(...ids: Array<string | undefined | false>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined.length > 0 ? joined : undefined;
}
