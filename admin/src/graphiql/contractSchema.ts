import {
  buildSchema,
  GraphQLObjectType,
  GraphQLSchema,
  introspectionFromSchema,
  Kind,
  parse,
  type IntrospectionQuery,
} from 'graphql';
import schemaText from '../../../schema/schema.graphql?raw';

const documents = import.meta.glob('../../../schema/contract/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The root fields the contract's operations select, by operation type. */
function contractRootFields(): { query: Set<string>; mutation: Set<string> } {
  const fields = { query: new Set<string>(), mutation: new Set<string>() };
  for (const text of Object.values(documents)) {
    for (const definition of parse(text).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'subscription') continue;
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) fields[definition.operation].add(selection.name.value);
      }
    }
  }
  return fields;
}

function pick(type: GraphQLObjectType | null | undefined, names: Set<string>): GraphQLObjectType | undefined {
  if (!type || names.size === 0) return undefined;
  const config = type.toConfig();
  return new GraphQLObjectType({
    ...config,
    fields: Object.fromEntries(Object.entries(config.fields).filter(([name]) => names.has(name))),
  });
}

let cached: IntrospectionQuery | null = null;

/**
 * The schema as a partner may use it: the root fields of the contract's operations and the types
 * they reach (built here from the served schema file). The API refuses introspection to partner
 * accounts (they may send only the contract's operations), so GraphiQL's docs pane shows this.
 */
export function contractIntrospection(): IntrospectionQuery {
  if (!cached) {
    const full = buildSchema(schemaText);
    const roots = contractRootFields();
    cached = introspectionFromSchema(
      new GraphQLSchema({
        query: pick(full.getQueryType(), roots.query),
        mutation: pick(full.getMutationType(), roots.mutation),
      }),
    );
  }
  return cached;
}
