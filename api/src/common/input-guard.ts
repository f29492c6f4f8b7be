import type { MiddlewareFn } from 'type-graphql';
import { badInput } from './errors';
import { MAX_PASSWORD_LENGTH } from '../auth/password';

/**
 * One check at the boundary for every string any operation receives (arguments, input-object
 * fields, list items): PostgreSQL cannot store a NUL character or half of a UTF-16 surrogate pair,
 * so they are refused here with BAD_USER_INPUT naming the field, before a resolver, a search or an
 * audit insert meets them. An empty id (`id`, `memberId`, `ids[0]`) is refused the same way.
 */
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ID_NAME = /^(id|ids)$|(Id|Ids)$/;
/** Password arguments and input fields (login, changePassword, resetUserPassword, createUser). */
const PASSWORD_NAME = /^(password|oldPassword|newPassword)$/;

export function checkString(value: string, field: string, idLike: boolean): void {
  // Checked before any hashing, so an oversized password costs nothing (sign-in answers the same way).
  if (PASSWORD_NAME.test(field.split('.').pop()!) && value.length > MAX_PASSWORD_LENGTH) throw badInput(field, `密码最长 ${MAX_PASSWORD_LENGTH} 位`);
  if (value.includes('\u0000')) throw badInput(field, `${field} 含有不允许的空字符（\\0）`);
  if (LONE_SURROGATE.test(value)) throw badInput(field, `${field} 含有无效的 Unicode 字符（不成对的代理项）`);
  if (idLike && value.trim() === '') throw badInput(field, `${field} 不能为空`);
}

/** Walks a value received from a client; `field` is its path (`input.members[1].name`). */
export function checkInputValue(value: unknown, field: string, idLike: boolean): void {
  if (typeof value === 'string') checkString(value, field, idLike);
  else if (Array.isArray(value)) value.forEach((item, index) => checkInputValue(item, `${field}[${index}]`, idLike));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) checkInputValue(item, `${field}.${key}`, ID_NAME.test(key));
  }
}

export const guardInputs: MiddlewareFn = ({ args }, next) => {
  for (const [name, value] of Object.entries(args ?? {})) checkInputValue(value, name, ID_NAME.test(name));
  return next();
};
