/**
 * The ids of one item type a mutation touched, picked from its result and its
 * arguments (`@SearchChanged`, `@AlertWatchers`).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- each resolver's own result and args */
export type IdsPicker = (
  result: any,
  args: any,
) => readonly (string | null | undefined)[] | null | undefined;
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Calls `each` once per item type, in order, with the ids its picker finds in
 * a mutation's result and arguments (empty values dropped). A picker that
 * throws on an unexpected shape is skipped: the callers' sweeps catch up.
 */
export async function forEachPickedIds(
  pickers: Record<string, IdsPicker>,
  result: unknown,
  args: unknown,
  each: (type: string, ids: string[]) => Promise<void>,
): Promise<void> {
  for (const [type, idsOf] of Object.entries(pickers)) {
    let ids: string[];
    try {
      ids = (idsOf(result, args) ?? []).filter((id): id is string => !!id);
    } catch {
      continue;
    }
    await each(type, ids);
  }
}
