/** The model of the API that tools/codegen/api-reference.cjs generates from apps/api/schema.gql. */
export interface ApiArgument {
  name: string;
  /** As written in SDL, e.g. `[ID!]!`. */
  type: string;
  /** The named type, for a link to its section. */
  typeName: string;
  description?: string;
  /** JSON of the default value, when there is one. */
  defaultValue?: string;
}

export interface ApiField {
  name: string;
  type: string;
  typeName: string;
  description?: string;
  deprecationReason?: string;
  args?: ApiArgument[];
}

export interface ApiType {
  name: string;
  kind: 'OBJECT' | 'INPUT' | 'ENUM' | 'INTERFACE' | 'UNION' | 'SCALAR';
  description?: string;
  fields?: ApiField[];
  values?: { name: string; description?: string }[];
  members?: string[];
}

export interface ApiReference {
  queries: ApiField[];
  mutations: ApiField[];
  types: ApiType[];
}
