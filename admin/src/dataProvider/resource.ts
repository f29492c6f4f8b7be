import type { GetListParams, Identifier, RaRecord, UpdateParams } from 'react-admin';
import { ApiError } from './graphqlRequest';

/** A list filter as react-admin passes it (form values, untyped). */
export type Filter = Record<string, unknown>;

export interface ListResult<R> {
  data: R[];
  total: number;
}

/**
 * One resource's data access: the react-admin operations it supports, typed by its own record.
 * The data provider routes a resource name to one of these; an operation left out is unsupported.
 */
export interface ResourceAccess<R extends RaRecord> {
  getList?(params: GetListParams): Promise<ListResult<R>>;
  getOne?(id: Identifier): Promise<R>;
  create?(data: Record<string, unknown>): Promise<R>;
  update?(params: UpdateParams<R>): Promise<R>;
  /** getManyReference: the reference target → the list filter it sets. */
  references?: Readonly<Record<string, string>>;
}

/** The API's largest page. */
export const MAX_LIMIT = 200;

export function page(params: Pick<GetListParams, 'pagination'>) {
  const perPage = Math.min(Math.max(params.pagination?.perPage ?? 20, 1), MAX_LIMIT);
  const current = Math.max(params.pagination?.page ?? 1, 1);
  return { offset: (current - 1) * perPage, limit: perPage };
}

export const blankToUndefined = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
};

export const blankToNull = (value: unknown): string | null => blankToUndefined(value) ?? null;

export const booleanFilter = (value: unknown): boolean | undefined => {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
};

/** Ticked rows sent as a filter (导出所选): their ids, or nothing when none are given. */
export const selectedIds = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length ? value.map(String) : undefined;

export const enumFilter = <T extends string>(value: unknown): T | undefined =>
  typeof value === 'string' && value ? (value as T) : undefined;

export const intOrNull = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? Math.trunc(number) : null;
};

export const unsupported = (): never => {
  throw new ApiError('不支持此操作', 400, 'UNSUPPORTED');
};

/** The version an edit form was loaded with (optimistic locking); refuses an edit without one. */
export function requireVersion(params: {
  data: Partial<{ version: number }>;
  previousData?: Partial<{ version: number }>;
}): number {
  const version = params.previousData?.version ?? params.data.version;
  if (version === undefined) throw new ApiError('缺少版本号，请刷新后重试', 400, 'BAD_USER_INPUT');
  return version;
}
