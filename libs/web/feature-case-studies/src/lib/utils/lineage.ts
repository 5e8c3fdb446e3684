/**
 * The lineage of a case study as a tree: the origin, the organisations that
 * adopted it from the origin, then those that learned it from an adopter.
 * Siblings are in the order they were declared.
 */

export interface LineageInput<A> {
  parentAdoptionId: string | null;
  adoption: A & { id: string; createdAt: string };
}

export interface LineageTreeNode<A> {
  adoption: A & { id: string; createdAt: string };
  children: LineageTreeNode<A>[];
}

export function lineageTree<A>(nodes: ReadonlyArray<LineageInput<A>>): LineageTreeNode<A>[] {
  const ids = new Set(nodes.map((n) => n.adoption.id));
  const byParent = new Map<string | null, LineageInput<A>[]>();
  for (const node of nodes) {
    // A parent outside the list (or itself) counts as learned from the origin.
    const parent =
      node.parentAdoptionId &&
      ids.has(node.parentAdoptionId) &&
      node.parentAdoptionId !== node.adoption.id
        ? node.parentAdoptionId
        : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), node]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null): LineageTreeNode<A>[] =>
    (byParent.get(parent) ?? [])
      .filter((n) => !seen.has(n.adoption.id))
      .sort((a, b) => a.adoption.createdAt.localeCompare(b.adoption.createdAt))
      .map((n) => {
        seen.add(n.adoption.id);
        return { adoption: n.adoption, children: build(n.adoption.id) };
      });
  const tree = build(null);
  // Anything left (a learned-from cycle) hangs off the origin, so no adopter is lost.
  for (const node of nodes)
    if (!seen.has(node.adoption.id)) {
      seen.add(node.adoption.id);
      tree.push({ adoption: node.adoption, children: [] });
    }
  return tree;
}
