import type { FragmentDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { GraphQLError, Kind } from 'graphql';

export interface OperationLimits {
  /** Aliased fields per operation (fragments counted where spread). */
  maxAliases: number;
  /** Fields selected at the root of an operation (after expanding fragments). */
  maxRootFields: number;
}

/**
 * Caps aliases and root fields per operation, so one request cannot ask for
 * the same expensive field hundreds of times under different names. Runs
 * with validation: refused operations never execute (BAD_USER_INPUT, 400).
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    /** Counts aliases below `set`; stops early once over the limit. */
    const countAliases = (set: SelectionSetNode, seen: Set<string>, total: { n: number }): void => {
      for (const selection of set.selections) {
        if (total.n > limits.maxAliases) return;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) total.n += 1;
          if (selection.selectionSet) countAliases(selection.selectionSet, seen, total);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          countAliases(selection.selectionSet, seen, total);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment && !seen.has(fragment.name.value)) {
            countAliases(fragment.selectionSet, new Set(seen).add(fragment.name.value), total);
          }
        }
      }
    };

    /** Response keys at the root (identical fields merge into one key). */
    const rootKeys = (set: SelectionSetNode, seen: Set<string>, keys: Set<string>): Set<string> => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.name.value.startsWith('__')) keys.add((selection.alias ?? selection.name).value);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          rootKeys(selection.selectionSet, seen, keys);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment && !seen.has(fragment.name.value)) {
            rootKeys(fragment.selectionSet, new Set(seen).add(fragment.name.value), keys);
          }
        }
      }
      return keys;
    };

    return {
      OperationDefinition(operation) {
        const aliases = { n: 0 };
        countAliases(operation.selectionSet, new Set(), aliases);
        if (aliases.n > limits.maxAliases) {
          context.reportError(
            new GraphQLError(
              `This operation uses more than ${limits.maxAliases} aliases; ask for fewer aliased fields or split it into several requests.`,
              { nodes: [operation], extensions: { code: 'BAD_USER_INPUT' } },
            ),
          );
        }
        const roots = rootKeys(operation.selectionSet, new Set(), new Set()).size;
        if (roots > limits.maxRootFields) {
          context.reportError(
            new GraphQLError(
              `This operation asks for ${roots} top-level fields; the limit is ${limits.maxRootFields}. Split it into several requests.`,
              { nodes: [operation], extensions: { code: 'BAD_USER_INPUT' } },
            ),
          );
        }
      },
    };
  };
}
