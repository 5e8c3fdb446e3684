import type { ReactElement } from 'react';

import type { ApiArgument, ApiField, ApiReference, ApiType } from './api-reference.types';

/** The anchor of a type's section on /developers, e.g. `#type-CaseStudy`. */
export const typeAnchor = (name: string): string => `type-${name}`;
const BUILT_IN = new Set(['String', 'Boolean', 'Int', 'Float', 'ID']);

/** A type as written in SDL (`[Session!]!`), its named type linked to its section. */
function TypeRef({ type, typeName }: { type: string; typeName: string }): ReactElement {
  const at = type.indexOf(typeName);
  const before = type.slice(0, at);
  const after = type.slice(at + typeName.length);
  return (
    <code>
      {before}
      {BUILT_IN.has(typeName) ? typeName : <a href={`#${typeAnchor(typeName)}`}>{typeName}</a>}
      {after}
    </code>
  );
}

function Arguments({ args }: { args: ApiArgument[] }): ReactElement {
  return (
    <dl className="mic-api-args">
      {args.map((arg) => (
        <div key={arg.name}>
          <dt>
            <code>{arg.name}</code>: <TypeRef type={arg.type} typeName={arg.typeName} />
            {arg.defaultValue !== undefined ? (
              <>
                {' '}
                (default <code>{arg.defaultValue}</code>)
              </>
            ) : null}
          </dt>
          <dd>{arg.description ?? ''}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A root query or mutation: name, arguments, result and description, with an anchor. */
export function OperationList({ kind, fields }: { kind: 'query' | 'mutation'; fields: ApiField[] }): ReactElement {
  return (
    <>
      {fields.map((field) => (
        <section key={field.name} id={`${kind}-${field.name}`} className="nhsuk-u-margin-bottom-5">
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
            <code>{field.name}</code>
          </h3>
          <p className="nhsuk-u-margin-bottom-1">
            Returns <TypeRef type={field.type} typeName={field.typeName} />
          </p>
          {field.description ? <p className="nhsuk-u-margin-bottom-1">{field.description}</p> : null}
          {field.deprecationReason ? <p>Deprecated: {field.deprecationReason}</p> : null}
          {field.args?.length ? <Arguments args={field.args} /> : null}
        </section>
      ))}
    </>
  );
}

const KIND_LABEL: Record<ApiType['kind'], string> = {
  OBJECT: 'Object',
  INPUT: 'Input',
  ENUM: 'Enum',
  INTERFACE: 'Interface',
  UNION: 'Union',
  SCALAR: 'Scalar',
};

/** Every named type with its fields (or values), descriptions and an anchor per type. */
export function TypeList({ types }: { types: ApiType[] }): ReactElement {
  return (
    <>
      {types.map((type) => (
        <section key={type.name} id={typeAnchor(type.name)} className="nhsuk-u-margin-bottom-6">
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
            <code>{type.name}</code> <span className="nhsuk-body-s">({KIND_LABEL[type.kind]})</span>
          </h3>
          {type.description ? <p className="nhsuk-u-margin-bottom-2">{type.description}</p> : null}
          {type.fields?.length ? (
            <dl className="mic-api-args">
              {type.fields.map((field) => (
                <div key={field.name}>
                  <dt>
                    <code>{field.name}</code>
                    {field.args?.length ? (
                      <code>({field.args.map((arg) => `${arg.name}: ${arg.type}`).join(', ')})</code>
                    ) : null}
                    : <TypeRef type={field.type} typeName={field.typeName} />
                  </dt>
                  <dd>
                    {field.description ?? ''}
                    {field.deprecationReason ? ` Deprecated: ${field.deprecationReason}` : ''}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          {type.values?.length ? (
            <dl className="mic-api-args">
              {type.values.map((value) => (
                <div key={value.name}>
                  <dt>
                    <code>{value.name}</code>
                  </dt>
                  <dd>{value.description ?? ''}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {type.members?.length ? <p>One of: {type.members.join(', ')}</p> : null}
        </section>
      ))}
    </>
  );
}

export function referenceCounts(reference: ApiReference): { queries: number; mutations: number; types: number } {
  return {
    queries: reference.queries.length,
    mutations: reference.mutations.length,
    types: reference.types.length,
  };
}
