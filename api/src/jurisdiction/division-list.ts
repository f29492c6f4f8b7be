import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/postgresql';
import { badInput } from '../common/errors';
import type { Page } from '../common/pagination';
import { prefixFromArgument } from './division-code';

/**
 * The `divisionCode` argument of a list (a 12-digit code or a 2/4/6/9-digit prefix) as a filter
 * condition, to spread into the list's `where`. It narrows inside the jurisdiction filter, never
 * past it: a division outside the actor's scope simply lists nothing.
 */
export function divisionCondition(divisionCode: string | null | undefined,
  { column = 'divisionCode', argument = 'divisionCode' } = {}): { [column: string]: { $like: string } } {
  if (divisionCode === undefined || divisionCode === null || divisionCode === '') return {};
  const prefix = prefixFromArgument(divisionCode);
  if (prefix === null) throw badInput(argument, '区划代码应为 12 位数字或 2、4、6、9 位前缀');
  return { [column]: { $like: `${prefix}%` } };
}

/** One page of a list and the total that matches, in the shape every list query answers. */
export async function findPage<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>,
  page: { offset: number; limit: number }, orderBy: FindOptions<T>['orderBy']): Promise<Page<T>> {
  const [items, total] = await em.findAndCount(entity, where, { orderBy, offset: page.offset, limit: page.limit } as FindOptions<T>);
  return { items, total };
}
