import type { Filter } from '@mikro-orm/core';

type FilterOptions = Parameters<typeof Filter>[0];

export const JURISDICTION_FILTER = 'jurisdiction';

/** Scope of a request with no actor: matches no row. */
export const NOWHERE = '#';

export interface JurisdictionParams {
  /** Division-code prefix of the actor's jurisdiction; '' means the whole country (system jobs only). */
  prefix: string;
}

/**
 * The ORM filter every division-owned entity carries (`@Filter(jurisdictionFilter('divisionCode'))`).
 * It is on by default and has no fallback: an EntityManager without filter parameters throws
 * instead of silently reading everything.
 */
export function jurisdictionFilter(column: string): FilterOptions {
  return {
    name: JURISDICTION_FILTER,
    default: true,
    strict: true,
    cond: (params: JurisdictionParams) => {
      if (params?.prefix === NOWHERE) return { [column]: { $in: [] } };
      if (typeof params?.prefix !== 'string' || !/^\d*$/.test(params.prefix)) {
        throw new Error('jurisdiction filter needs a numeric prefix');
      }
      return params.prefix === '' ? {} : { [column]: { $like: `${params.prefix}%` } };
    },
  };
}
