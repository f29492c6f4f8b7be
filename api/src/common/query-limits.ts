import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MiddlewareFn } from 'type-graphql';
import { ErrorCode } from './errors';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * Limits on the shape of one GraphQL request, checked before anything runs: a nested or aliased
 * query is answered in milliseconds with BAD_USER_INPUT instead of exhausting the server's memory.
 */
export interface QueryLimits {
  /** Deepest field nesting (the standard introspection query is 13). */
  maxDepth: number;
  /** Estimated fields resolved: a list counts its `limit` (or `listEstimate`) times its children. */
  maxCost: number;
  /** Aliased fields in one request. */
  maxAliases: number;
  /** Lexical tokens in the query text, checked by the parser. */
  maxTokens: number;
  /** Assumed length of a list without a `limit` argument (members of a household, history, …). */
  listEstimate: number;
}

/** Defaults documented in README (安全模型); each can be set by an environment variable (config.ts). */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 15,
  maxCost: 100_000,
  maxAliases: 30,
  maxTokens: 5_000,
  listEstimate: 20,
};

/** Directives in one document (graphql-armor's default). */
export const MAX_DIRECTIVES = 50;

export type QueryLimitKind = 'depth' | 'cost' | 'aliases' | 'directives' | 'tokens' | 'introspection';

const LIMIT_MESSAGES: Record<QueryLimitKind, (max: number, actual?: number) => string> = {
  depth: (max, actual) => `查询嵌套过深（${actual} 层，上限 ${max} 层），请拆分查询`,
  cost: (max, actual) => `查询涉及的数据量过大（估算 ${actual}，上限 ${max}），请减少每页条数或字段`,
  aliases: (max, actual) => `查询中的别名过多（${actual} 个，上限 ${max} 个）`,
  directives: (max, actual) => `查询中的指令过多（${actual} 个，上限 ${max} 个）`,
  tokens: (max) => `查询文本过长（超过 ${max} 个词法单元）`,
  introspection: (max, actual) => `接口结构查询嵌套的列表过多（${actual} 层，上限 ${max} 层）`,
};

/** A refused query; `queryLimit` marks it so the error formatter keeps it typed. */
export function queryTooComplex(kind: QueryLimitKind, max: number, actual?: number): GraphQLError {
  return new GraphQLError(LIMIT_MESSAGES[kind](max, actual), {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      field: 'query',
      queryLimit: kind,
      max,
      ...(actual !== undefined && { actual }),
      http: { status: 400 },
    },
  });
}

/** graphql's parser aborts past `maxTokens` with this English message. */
export const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

type Fragments = Record<string, FragmentDefinitionNode>;

function fragmentsOf(document: DocumentNode): Fragments {
  const fragments: Fragments = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/**
 * Fields of a selection set with fragments inlined. A fragment is walked once per selection set
 * (spreading it twice adds nothing), which also stops cycles and doubling "fragment bombs".
 */
function* fieldsOf(
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  seen: Set<string> = new Set(),
): Generator<FieldNode> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldsOf(selection.selectionSet, fragments, seen);
    else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      yield* fieldsOf(fragment.selectionSet, fragments, seen);
    }
  }
}

/** Introspection lists; the standard introspection query nests at most three (types → fields → args). */
const SCHEMA_LISTS = new Set([
  'types',
  'fields',
  'inputFields',
  'args',
  'interfaces',
  'possibleTypes',
  'enumValues',
  'directives',
]);
export const MAX_SCHEMA_LIST_NESTING = 3;

function schemaListNesting(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  memo: Map<SelectionSetNode, number>,
): number {
  if (!selectionSet) return 0;
  const known = memo.get(selectionSet);
  if (known !== undefined) return known;
  memo.set(selectionSet, 0);
  let deepest = 0;
  for (const field of fieldsOf(selectionSet, fragments)) {
    deepest = Math.max(
      deepest,
      (SCHEMA_LISTS.has(field.name.value) ? 1 : 0) + schemaListNesting(field.selectionSet, fragments, memo),
    );
  }
  memo.set(selectionSet, deepest);
  return deepest;
}

/**
 * Introspection is answered from memory, so the cost limit leaves it out; what bounds it instead is
 * this rule: under `__schema`/`__type`, lists (types, fields, args, …) nest at most three deep, so
 * `fields { type { fields { type { fields … } } } }` cannot multiply the schema by itself.
 */
export const introspectionShapeRule: ValidationRule = (context) => {
  const memo = new Map<SelectionSetNode, number>();
  return {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      const nesting = schemaListNesting(node.selectionSet, fragmentsOf(context.getDocument()), memo);
      if (nesting > MAX_SCHEMA_LIST_NESTING)
        context.reportError(queryTooComplex('introspection', MAX_SCHEMA_LIST_NESTING, nesting));
    },
  };
};

/** Refuses `subscription` operations: the API has none, and they would otherwise fail as internal errors. */
export const noSubscriptionRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation === 'subscription') {
      context.reportError(
        new GraphQLError('不支持订阅（subscription）操作，请使用查询或变更', {
          nodes: [operation],
          extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'query' },
        }),
      );
    }
  },
});

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

function fieldDefinition(
  schema: GraphQLSchema,
  parentType: GraphQLNamedType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name && parentType === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parentType === schema.getQueryType()) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

/**
 * Estimated number of fields the operation resolves. Each field costs 1 plus its children times a
 * multiplier: the `limit` it asks for (argument, variable or the argument's default; capped at the
 * largest page), or `listEstimate` for a list without one. The `items` of a page are already
 * counted by the page's limit. Memoised per selection set: linear in the document's size.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  listEstimate: number,
): number {
  const fragments = fragmentsOf(document);
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  const memo = new Map<string, number>();
  const ids = new Map<SelectionSetNode, number>();

  const costOf = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType, parentLimited: boolean): number => {
    if (!ids.has(selectionSet)) ids.set(selectionSet, ids.size);
    const key = `${ids.get(selectionSet)}:${parentType.name}:${parentLimited}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, 0);
    let total = 0;
    for (const node of fieldsOf(selectionSet, fragments)) {
      total += 1;
      // Introspection is bounded by introspectionShapeRule instead.
      if (!node.selectionSet || node.name.value.startsWith('__')) continue;
      const field = fieldDefinition(schema, parentType, node.name.value);
      if (!field) continue;
      const limitArgument = field.args.find((a) => a.name === 'limit');
      let multiplier = 1;
      if (limitArgument) {
        const asked = intValue(node.arguments?.find((a) => a.name.value === 'limit')?.value, variables);
        const fallback = typeof limitArgument.defaultValue === 'number' ? limitArgument.defaultValue : MAX_PAGE_SIZE;
        multiplier = Math.max(1, Math.min(asked ?? fallback, MAX_PAGE_SIZE));
      } else if (isListType(getNullableType(field.type)) && !parentLimited) {
        multiplier = listEstimate;
      }
      total += multiplier * costOf(node.selectionSet, getNamedType(field.type), !!limitArgument);
    }
    memo.set(key, total);
    return total;
  };
  return costOf(operation.selectionSet, rootType, false);
}

/**
 * Depth, alias and directive limits are graphql-armor's validation rules; a rejection is reported
 * as our typed error (BAD_USER_INPUT, `extensions.queryLimit`, a Chinese message) instead of
 * armor's English one. armor's own cost limit is not used: it prices fields by nesting, knows
 * nothing of page sizes, so it cannot say "25 lists of 200 households" (docs/architecture.md);
 * the token limit is graphql-js's own parser option (`parseOptions.maxTokens`).
 */
function armorRules(limits: QueryLimits): ValidationRule[] {
  const reject = (kind: QueryLimitKind, max: number) => [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message);
      context?.reportError(queryTooComplex(kind, max, found ? Number(found[1]) : undefined));
    },
  ];
  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: false,
      propagateOnRejection: false,
      onReject: reject('depth', limits.maxDepth),
    },
    maxAliases: {
      n: limits.maxAliases,
      allowList: [],
      propagateOnRejection: false,
      onReject: reject('aliases', limits.maxAliases),
    },
    maxDirectives: { n: MAX_DIRECTIVES, propagateOnRejection: false, onReject: reject('directives', MAX_DIRECTIVES) },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/** Validation rules for Apollo's `validationRules`: shape limits that need no variables. */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [...armorRules(limits), introspectionShapeRule, noSubscriptionRule];
}

/** The cost check needs the variables (a page size is usually one), so it runs once the operation is known. */
export function queryCostPlugin<C extends object>(limits: QueryLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {}, limits.listEstimate);
          if (cost > limits.maxCost) throw queryTooComplex('cost', limits.maxCost, Math.round(cost));
        },
        // Past the time budget every remaining field fails alike: one error says it.
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          let timedOut = false;
          response.body.singleResult.errors = response.body.singleResult.errors.filter((e) => {
            if (e.extensions?.queryLimit !== 'time') return true;
            if (timedOut) return false;
            timedOut = true;
            return true;
          });
        },
      };
    },
  };
}

/** The time budget of one request is over: the fields not yet resolved are not resolved. */
export const requestTimedOut = (budgetMs: number) =>
  new GraphQLError(`请求处理超时（上限 ${Math.round(budgetMs / 1000)} 秒），请缩小查询范围后重试`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'query', queryLimit: 'time' },
  });

/** Every field checks the request's deadline before it resolves (a cheap clock read). */
export const withinTimeBudget: MiddlewareFn<{ deadline: number; config: { requestTimeoutMs: number } }> = (
  { context },
  next,
) => {
  if (Date.now() > context.deadline) throw requestTimedOut(context.config.requestTimeoutMs);
  return next();
};
