import { raw, type EntityManager, type EntityName, type FilterQuery, type FindOptions } from '@mikro-orm/postgresql';
import { badInput } from '../common/errors';
import type { Page } from '../common/pagination';
import { prefixFromArgument } from './division-code';

/**
 * The `divisionCode` argument of a list (a 12-digit code or a 2/4/6/9-digit prefix) as a filter
 * condition, to spread into the list's `where`. It narrows inside the jurisdiction filter, never
 * past it: a division outside the actor's scope simply lists nothing.
 */
export function divisionCondition(
  divisionCode: string | null | undefined,
  { column = 'divisionCode', argument = 'divisionCode' } = {},
): { [column: string]: { $like: string } } {
  if (divisionCode === undefined || divisionCode === null || divisionCode === '') return {};
  const prefix = prefixFromArgument(divisionCode);
  if (prefix === null) throw badInput(argument, '区划代码应为 12 位数字或 2、4、6、9 位前缀');
  return { [column]: { $like: `${prefix}%` } };
}

/** Digits of a county prefix: the key of the county list indexes (`left(division_code, 6)`). */
export const COUNTY_KEY_LENGTH = 6;

/**
 * The county a list is confined to, when it is: the longest of the prefixes that bound it (the
 * actor's jurisdiction, the `divisionCode` argument), cut to its county's six digits; null for a
 * city or province wide list. `left(code, 6) = key` is implied by `code like '<prefix>%'` for any
 * prefix of six digits or more, so adding it changes no result; it lets PostgreSQL read the
 * county's rows in list order from the county list indexes (migration CountyListIndexes).
 */
export function countyKeyOf(...prefixes: Array<string | null | undefined>): string | null {
  const longest = prefixes.reduce<string>((best, p) => (p && p.length > best.length ? p : best), '');
  return longest.length >= COUNTY_KEY_LENGTH && /^\d+$/.test(longest) ? longest.slice(0, COUNTY_KEY_LENGTH) : null;
}

/** The `divisionCode` argument of a list as a prefix (null when absent); bad input as in divisionCondition. */
export function divisionArgumentPrefix(divisionCode: string | null | undefined): string | null {
  const condition = divisionCondition(divisionCode).divisionCode;
  return condition ? condition.$like.slice(0, -1) : null;
}

/** The county key as an ORM condition on the root entity's `division_code`, to spread into a `where`. */
export function countyKeyCondition(key: string | null, column = 'division_code'): Record<string, string> {
  return key ? { [raw((alias) => `left(${alias}.${column}, ${COUNTY_KEY_LENGTH})`)]: key } : {};
}

/**
 * One page of a list and the total that matches, in the shape every list query answers: two
 * statements, the page and a count. `countyKey` (countyKeyOf the list's bounds) lets both read a
 * county list index when the list has one in its order.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: { offset: number; limit: number },
  orderBy: FindOptions<T>['orderBy'],
  countyKey: string | null = null,
): Promise<Page<T>> {
  const scoped = countyKey ? ({ ...countyKeyCondition(countyKey), ...(where as object) } as FilterQuery<T>) : where;
  const [items, total] = await em.findAndCount(entity, scoped, {
    orderBy,
    offset: page.offset,
    limit: page.limit,
  } as FindOptions<T>);
  return { items, total };
}
