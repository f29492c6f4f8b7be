import express from 'express';
import {
  GraphQLError,
  Kind,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errors';

/**
 * Bounds on one request's size, checked before anything expensive (JSON parse, variable coercion,
 * sign-in, resolvers): an anonymous caller cannot make the server walk a huge body or answer with
 * one error per unknown key.
 */
export const BODY_LIMITS = {
  /** Without `Authorization` only sign-in and the public self-report page are reachable: 16 KB. */
  anonymous: 16 * 1024,
  /** Signed-in callers: Excel uploads (Base64) and department records need room. */
  signedIn: 20 * 1024 * 1024,
  /** login and submitSelfReport, whoever sends them. */
  smallOperation: 16 * 1024,
};

/** Root fields whose requests get the smallest body limit, even with a token. */
export const SMALL_BODY_OPERATIONS = new Set(['login', 'submitSelfReport', 'publicDivisions']);

/** Errors listed in one answer; the rest are counted in one last error. */
export const MAX_ERRORS = 20;
/** Characters of one error message (graphql-js quotes the value it could not take). */
export const MAX_ERROR_MESSAGE = 500;
/** Items of one list in the variables (the largest documented list: 200,000 department records). */
export const MAX_VARIABLE_LIST = 200_000;

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${Math.round(bytes / 1024)} KB`);

export const bodyTooLarge = (maxBytes: number) => ({
  message: `请求内容过大（上限 ${kb(maxBytes)}），请分批提交`,
  extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'body', maxBytes },
});

/**
 * JSON bodies of /graphql: 16 KB without a token, 20 MB with one. The parser refuses a larger
 * Content-Length before reading the body, and stops reading a chunked one at the limit.
 */
export function graphqlBodyParser(): express.RequestHandler {
  const anonymous = express.json({ limit: BODY_LIMITS.anonymous });
  const signedIn = express.json({ limit: BODY_LIMITS.signedIn });
  return (req, res, next) => {
    const parser = req.headers.authorization ? signedIn : anonymous;
    parser(req, res, (error?: unknown) => {
      if (error && (error as { type?: string }).type === 'entity.too.large') {
        const limit = req.headers.authorization ? BODY_LIMITS.signedIn : BODY_LIMITS.anonymous;
        res.status(413).json({ errors: [bodyTooLarge(limit)] });
        return;
      }
      next(error as Error | undefined);
    });
  };
}

class VariableProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const pathOf = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : `${parent}.${key}`;

/**
 * Walks one variable's value against its declared type, before graphql-js coerces it. graphql-js
 * reports every unknown key of an input object with a spelling suggestion and a dump of the whole
 * object, so 200,000 unknown keys cost seconds of CPU and a 74 MB answer; here the first problem
 * ends the walk with one error. Leaves (scalars, enums) are left to graphql-js, except that an
 * object or a list where one value belongs is refused at once. The walk is linear in the value.
 */
function walk(value: unknown, type: GraphQLInputType, field: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    walk(value, type.ofType, field);
    return;
  }
  if (isListType(type)) {
    if (!Array.isArray(value)) {
      walk(value, type.ofType, field);
      return;
    } // a single value stands for a list of one
    if (value.length > MAX_VARIABLE_LIST)
      throw new VariableProblem(field, `${field} 的条目过多（上限 ${MAX_VARIABLE_LIST} 条）`);
    for (let i = 0; i < value.length; i++) walk(value[i], type.ofType, pathOf(field, i));
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value))
      throw new VariableProblem(field, `${field} 应为 ${type.name} 对象`);
    const fields = type.getFields();
    const named: string[] = [];
    let count = 0;
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(fields, key)) continue;
      count++;
      if (named.length < 5) named.push(key.slice(0, 40));
    }
    if (count)
      throw new VariableProblem(
        field,
        `${field} 含有 ${type.name} 没有的字段：${named.join('、')}${count > 5 ? ` 等 ${count} 个` : ''}`,
      );
    for (const [key, item] of Object.entries(value)) walk(item, fields[key].type, pathOf(field, key));
    return;
  }
  if (typeof value === 'object') {
    throw new VariableProblem(
      field,
      `${field} 应为${isEnumType(type) ? '枚举值' : '单个值'}（${type.name}），不能是对象或列表`,
    );
  }
}

/** Checks every declared variable of the operation; undeclared variables are never coerced. */
export function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | null {
  try {
    for (const definition of operation.variableDefinitions ?? []) {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
      if (type) walk(variables[definition.variable.name.value], type, definition.variable.name.value);
    }
    return null;
  } catch (error) {
    if (!(error instanceof VariableProblem)) throw error;
    return new GraphQLError(error.message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: error.field, http: { status: 400 } },
    });
  }
}

/** The root fields an operation asks for (fragments on the root type are rare; they count as "not small"). */
function rootFields(operation: OperationDefinitionNode): string[] | null {
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value !== '__typename') names.push(selection.name.value);
  }
  return names;
}

/**
 * Once the operation is known (after parsing and validation, before variables are coerced):
 * sign-in and self-report requests get the smallest body; every variable is walked against its
 * type. Before the answer leaves: at most MAX_ERRORS errors of at most MAX_ERROR_MESSAGE characters.
 */
export function requestBoundsPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, request }) {
          if (!operation) return;
          const names = rootFields(operation);
          if (names?.length && names.every((n) => SMALL_BODY_OPERATIONS.has(n))) {
            const length = Number(request.http?.headers.get('content-length') ?? 0);
            if (length > BODY_LIMITS.smallOperation) {
              const { message, extensions } = bodyTooLarge(BODY_LIMITS.smallOperation);
              throw new GraphQLError(message, { extensions: { ...extensions, http: { status: 413 } } });
            }
          }
          const problem = checkVariables(schema, operation, request.variables ?? {});
          if (problem) throw problem;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors) return;
          let errors = result.errors.map((e) =>
            e.message.length > MAX_ERROR_MESSAGE ? { ...e, message: `${e.message.slice(0, MAX_ERROR_MESSAGE)}…` } : e,
          );
          if (errors.length > MAX_ERRORS) {
            const more = errors.length - MAX_ERRORS;
            errors = [
              ...errors.slice(0, MAX_ERRORS),
              {
                message: `另有 ${more} 个错误未列出`,
                extensions: { code: errors[MAX_ERRORS].extensions?.code ?? ErrorCode.BAD_USER_INPUT, omitted: more },
              },
            ];
          }
          result.errors = errors;
        },
      };
    },
  };
}
