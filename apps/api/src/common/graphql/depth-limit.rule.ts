import type { ASTNode, FragmentDefinitionNode, ValidationContext, ValidationRule } from 'graphql';
import { GraphQLError, Kind } from 'graphql';

/** Rejects operations nested deeper than `maxDepth` fields (fragments followed). */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (node.name.value.startsWith('__')) return depth;
        if (!node.selectionSet) return depth + 1;
        return Math.max(
          ...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)),
        );
      }
      if (node.kind === Kind.INLINE_FRAGMENT) {
        return Math.max(...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)));
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const name = node.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) return depth;
        const next = new Set(seen).add(name);
        return Math.max(
          ...fragment.selectionSet.selections.map((s) => depthOf(s, depth, next)),
        );
      }
      return depth;
    };

    return {
      OperationDefinition(operation) {
        const depth = Math.max(
          0,
          ...operation.selectionSet.selections.map((s) => depthOf(s, 0, new Set())),
        );
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `This query is nested ${depth} levels deep; the limit is ${maxDepth}.`,
              { nodes: [operation], extensions: { code: 'BAD_USER_INPUT' } },
            ),
          );
        }
      },
    };
  };
}
