import type { ReactElement } from 'react';

import type { ApiArgument, ApiField, ApiReference, ApiType } from './api-reference.types';

/** The anchor of a type's section, e.g. `type-CaseStudy`. */
export const typeAnchor = (name: string): string => `type-${name}`;
/** A type's own page (one page per type keeps each page light: the whole schema on one page was 1 MB). */
export const typeHref = (name: string): string => `/developers/types/${encodeURIComponent(name)}#${typeAnchor(name)}`;
const BUILT_IN = new Set(['String', 'Boolean', 'Int', 'Float', 'ID']);

/** A type as written in SDL (`[Session!]!`), its named type linked to its section. */
function TypeRef({ type, typeName }: { type: string; typeName: string }): ReactElement {
  const at = type.lastIndexOf(typeName);
  const before = type.slice(0, at);
  const after = type.slice(at + typeName.length);
  return (
    <code>
      {before}
      {BUILT_IN.has(typeName) ? typeName : <a href={typeHref(typeName)}>{typeName}</a>}
      {after}
    </code>
  );
}

function Arguments({ args }: { args: ApiArgument[] }): ReactElement {
  return (
    <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-1">
      {args.map((arg) => (
        <li key={arg.name}>
          <TypeRef type={`${arg.name}: ${arg.type}`} typeName={arg.typeName} />
          {arg.defaultValue !== undefined ? ` (default ${arg.defaultValue})` : ''}
          {arg.description ? ` ${arg.description}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** A root query or mutation: name, arguments, result and description, with an anchor. */
export function OperationList({ kind, fields }: { kind: 'query' | 'mutation'; fields: ApiField[] }): ReactElement {
  return (
    <>
      {fields.map((field) => (
        <section key={field.name} id={`${kind}-${field.name}`} className="nhsuk-u-margin-bottom-5">
          <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
            <code>{field.name}</code>
          </h2>
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

/** One named type with its fields (or values) and descriptions. */
export function TypeDetail({ type }: { type: ApiType }): ReactElement {
  return (
    <section id={typeAnchor(type.name)}>
      <h1 className="nhsuk-heading-l">
        <code>{type.name}</code> <span className="nhsuk-body-s">({KIND_LABEL[type.kind]})</span>
      </h1>
      {type.description ? <p>{type.description}</p> : null}
      {type.fields?.length ? (
        <>
          <h2 className="nhsuk-heading-m">Fields</h2>
          <dl className="mic-api-args">
            {type.fields.map((field) => (
              <div key={field.name} id={`field-${field.name}`}>
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
        </>
      ) : null}
      {type.values?.length ? (
        <>
          <h2 className="nhsuk-heading-m">Values</h2>
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
        </>
      ) : null}
      {type.members?.length ? <p>One of: {type.members.join(', ')}</p> : null}
    </section>
  );
}

/** Every type, by kind, each linking to its page. */
export function TypeIndex({ types }: { types: ApiType[] }): ReactElement {
  const kinds: ApiType['kind'][] = ['OBJECT', 'INPUT', 'ENUM', 'INTERFACE', 'UNION', 'SCALAR'];
  return (
    <>
      {kinds.map((kind) => {
        const ofKind = types.filter((type) => type.kind === kind);
        if (!ofKind.length) return null;
        return (
          <section key={kind}>
            <h2 className="nhsuk-heading-m">
              {KIND_PLURAL[kind]} ({ofKind.length})
            </h2>
            <ul className="nhsuk-list mic-api-type-index">
              {ofKind.map((type) => (
                <li key={type.name}>
                  <a href={typeHref(type.name)}>{type.name}</a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

const KIND_PLURAL: Record<ApiType['kind'], string> = {
  OBJECT: 'Objects (what queries return)',
  INPUT: 'Inputs (what mutations take)',
  ENUM: 'Enums (fixed lists of values)',
  INTERFACE: 'Interfaces',
  UNION: 'Unions',
  SCALAR: 'Scalars',
};

export function findType(reference: ApiReference, name: string): ApiType | undefined {
  return reference.types.find((type) => type.name === name);
}

export function referenceCounts(reference: ApiReference): { queries: number; mutations: number; types: number } {
  return {
    queries: reference.queries.length,
    mutations: reference.mutations.length,
    types: reference.types.length,
  };
}
