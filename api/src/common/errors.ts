import { GraphQLError } from 'graphql';

/**
 * The error codes clients may rely on (see the public contract). Every error a person can cause
 * carries one of these codes and a Chinese message; anything else is answered as INTERNAL.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** The database cannot be reached for now (restarting, down); retrying later succeeds. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Too many requests from one token; `extensions.retryAfterSeconds` says when to try again. */
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export const badInput = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

export const unauthenticated = (message = '请先登录') => new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = '没有执行此操作的权限') => new AppError(ErrorCode.FORBIDDEN, message);

/** Also the answer for ids outside the actor's jurisdiction: existence is not revealed. */
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what}不存在或不在您的管辖范围内`);

export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);

export const staleVersion = (what: string) => conflict(`${what}已被他人修改，请刷新后重试（版本冲突）`);

export const DATABASE_UNAVAILABLE_MESSAGE = '数据库暂时不可用，请稍后重试';

export const serviceUnavailable = () =>
  new AppError(ErrorCode.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, { http: { status: 503 } });
