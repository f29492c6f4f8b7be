import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  DriverException,
  OptimisticLockError,
  UniqueConstraintViolationException,
  ForeignKeyConstraintViolationException,
} from '@mikro-orm/core';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DATABASE_UNAVAILABLE_MESSAGE, ErrorCode } from './common/errors';
import { isDatabaseUnavailable, logDatabaseUnavailable } from './database/availability';
import { TOKEN_LIMIT_MESSAGE } from './common/query-limits';

const KNOWN = new Set<string>(Object.values(ErrorCode));
/** Codes Apollo itself produces for malformed requests; their messages name no internals. */
const APOLLO_CLIENT_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Failures a person caused (bad input, conflicts): answered with their code, not logged as faults. */
export function isExpectedError(error: { extensions?: Record<string, unknown>; originalError?: unknown }): boolean {
  const original = error.originalError;
  if (isDatabaseUnavailable(original)) return true;
  const message = (error as { message?: string }).message ?? '';
  if (message === 'provided sha does not match query' || message.startsWith('Too many errors processing variables'))
    return true;
  // A value PostgreSQL cannot take (SQLSTATE class 22) is answered as BAD_USER_INPUT: the caller's fault, not a fault to log.
  if (original instanceof DriverException && String(original.code ?? original.sqlState ?? '').startsWith('22'))
    return true;
  // A statement or lock wait past its timeout: the server was busy, answered SERVICE_UNAVAILABLE.
  if (
    original instanceof DriverException &&
    ['57014', '55P03'].includes(String(original.code ?? original.sqlState ?? ''))
  )
    return true;
  if (
    original instanceof ArgumentValidationError ||
    original instanceof OptimisticLockError ||
    original instanceof UniqueConstraintViolationException ||
    original instanceof ForeignKeyConstraintViolationException
  )
    return true;
  const code = (error.extensions?.code ??
    (original as { extensions?: Record<string, unknown> } | undefined)?.extensions?.code) as string | undefined;
  return !!code && code !== ErrorCode.INTERNAL;
}

/**
 * Every error leaves the server typed: known codes pass through; validation and database conflicts
 * become BAD_USER_INPUT / CONFLICT with a Chinese message; anything else is logged with its request
 * id and answered without internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;

  // Our validation rules (common/query-limits.ts) answer BAD_USER_INPUT; Apollo relabels every
  // validation error GRAPHQL_VALIDATION_FAILED, so the code is taken back from the rule's error.
  const inner = (error as { originalError?: unknown } | undefined)?.originalError;
  const relabelled =
    code === 'GRAPHQL_VALIDATION_FAILED' &&
    inner instanceof GraphQLError &&
    inner.extensions?.code === ErrorCode.BAD_USER_INPUT;
  if (formatted.extensions?.queryLimit || relabelled) {
    const { http: _http, ...extensions } = formatted.extensions as Record<string, unknown>;
    return {
      message: formatted.message,
      path: formatted.path,
      extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT },
    };
  }
  // graphql-js stops coercing variables after 50 errors; the request was malformed, not the server.
  if (formatted.message.startsWith('Too many errors processing variables')) {
    return { message: '变量错误过多，已停止处理', extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'variables' } };
  }
  // Automatic persisted queries: a text that does not match its announced hash.
  if (formatted.message === 'provided sha does not match query') {
    return { message: '持久化查询的哈希值与查询文本不符', extensions: { code: 'BAD_REQUEST' } };
  }
  const tokens = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (tokens) {
    return {
      message: `查询文本过长（超过 ${tokens[1]} 个词法单元）`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'query', queryLimit: 'tokens', max: Number(tokens[1]) },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const details = flattenValidation(original.extensions.validationErrors);
    return {
      message: details.map((d) => d.message).join('；') || '输入不正确',
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: details[0]?.field, details },
    };
  }
  if (code === ErrorCode.SERVICE_UNAVAILABLE || isDatabaseUnavailable(original)) {
    if (code !== ErrorCode.SERVICE_UNAVAILABLE) logDatabaseUnavailable(original);
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  if (original instanceof OptimisticLockError) {
    return {
      message: '记录已被他人修改，请刷新后重试（版本冲突）',
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { message: '记录已存在（唯一性冲突）', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  if (original instanceof ForeignKeyConstraintViolationException) {
    return { message: '引用的记录不存在或仍被引用', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  if (code === ErrorCode.BAD_USER_INPUT && formatted.extensions?.field === undefined) {
    // A variable that does not coerce (a Money of "abc"): name the field, as our own errors do.
    const field = /at "([^"]+)"/.exec(formatted.message)?.[1];
    if (field) return { ...formatted, extensions: { ...formatted.extensions, field } };
  }
  // A value PostgreSQL cannot take (SQLSTATE class 22: too long, out of range, bad text) is the
  // caller's input.
  const sqlState = original instanceof DriverException ? (original.code ?? original.sqlState) : undefined;
  if (sqlState?.startsWith('22')) {
    return {
      message: '输入的值不正确（过长、超出范围或格式不符）',
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  // Cancelled by statement_timeout (57014) or gave up waiting for a lock (55P03): the server is
  // busy, not the input wrong; the caller may retry.
  if (sqlState === '57014' || sqlState === '55P03') {
    return {
      message: '服务繁忙（数据库等待超时），请稍后重试',
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, timeout: true },
    };
  }
  if (code && (KNOWN.has(code) || APOLLO_CLIENT_ERRORS.has(code)) && code !== ErrorCode.INTERNAL) {
    const { locations: _locations, ...rest } = formatted;
    return code === ErrorCode.BAD_USER_INPUT || APOLLO_CLIENT_ERRORS.has(code)
      ? formatted
      : { ...rest, extensions: stripStack(formatted.extensions) };
  }
  // Logged with its request id by the server plugin, which also adds the id to this answer.
  return {
    message: '服务器内部错误，请稍后重试或联系管理员',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL },
  };
}

function stripStack(extensions: GraphQLFormattedError['extensions']) {
  if (!extensions) return extensions;
  const { stacktrace: _stacktrace, exception: _exception, ...rest } = extensions as Record<string, unknown>;
  return rest;
}

function flattenValidation(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}
