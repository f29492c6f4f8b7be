import type { MiddlewareFn } from 'type-graphql';
import { badInput } from './errors';
import { MAX_PASSWORD_LENGTH } from '../auth/password';

/**
 * One check at the boundary for every string any operation receives (arguments, input-object
 * fields, list items): PostgreSQL cannot store a NUL character or half of a UTF-16 surrogate pair,
 * so they are refused here with BAD_USER_INPUT naming the field, before a resolver, a search or an
 * audit insert meets them. An empty id (`id`, `memberId`, `ids[0]`) is refused the same way, and
 * so is a string or a list longer than its maximum (below).
 */
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ID_NAME = /^(id|ids)$|(Id|Ids)$/;

/**
 * Longest string any argument or input field takes (the longest documented text, 走访发现, is
 * 2,000 characters): a 19 MB search string is refused before a resolver or a query sees it.
 */
export const MAX_STRING_LENGTH = 2_000;
/** Base64 file contents (.xlsx uploads) are bounded by the signed-in body limit (20 MB) instead. */
export const FILE_FIELD_LENGTH = 20 * 1024 * 1024;
const FILE_FIELD = /Base64$/;
/** Most items in one list argument (the console selects at most 1,000 rows, MAX_SELECTED_IDS). */
export const MAX_LIST_LENGTH = 1_000;
/** Lists with a larger documented maximum: department records, up to 200,000 in one submission (README). */
export const LIST_LENGTHS: Record<string, number> = { records: 200_000 };

/** `input.members[1].name` → `name`: the rules go by the field's own name. */
const ownName = (field: string) => field.slice(field.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
/** Password arguments and input fields (login, changePassword, resetUserPassword, createUser). */
const PASSWORD_NAME = /^(password|oldPassword|newPassword)$/;

export function checkString(value: string, field: string, idLike: boolean): void {
  // Checked before any hashing, so an oversized password costs nothing (sign-in answers the same way).
  if (PASSWORD_NAME.test(field.split('.').pop()!) && value.length > MAX_PASSWORD_LENGTH)
    throw badInput(field, `密码最长 ${MAX_PASSWORD_LENGTH} 位`);
  const max = FILE_FIELD.test(ownName(field)) ? FILE_FIELD_LENGTH : MAX_STRING_LENGTH;
  if (value.length > max) throw badInput(field, `${field} 过长（${value.length} 个字符，上限 ${max} 个）`);
  if (value.includes('\u0000')) throw badInput(field, `${field} 含有不允许的空字符（\\0）`);
  if (LONE_SURROGATE.test(value)) throw badInput(field, `${field} 含有无效的 Unicode 字符（不成对的代理项）`);
  if (idLike && value.trim() === '') throw badInput(field, `${field} 不能为空`);
}

/** Walks a value received from a client; `field` is its path (`input.members[1].name`). */
export function checkInputValue(value: unknown, field: string, idLike: boolean): void {
  if (typeof value === 'string') checkString(value, field, idLike);
  else if (Array.isArray(value)) {
    const max = LIST_LENGTHS[ownName(field)] ?? MAX_LIST_LENGTH;
    if (value.length > max) throw badInput(field, `${field} 的条目过多（${value.length} 条，上限 ${max} 条）`);
    value.forEach((item, index) => checkInputValue(item, `${field}[${index}]`, idLike));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) checkInputValue(item, `${field}.${key}`, ID_NAME.test(key));
  }
}

export const guardInputs: MiddlewareFn = ({ args }, next) => {
  for (const [name, value] of Object.entries(args ?? {})) checkInputValue(value, name, ID_NAME.test(name));
  return next();
};
