import type { Context } from '../../context';
import { loaderBy, perRequest, type RowKind } from '../../common/loaders';
import { Division } from './division.entity';

/** Divisions by code, on the request's filtered EntityManager. */
export const divisionLoader = perRequest((ctx: Context) => loaderBy(ctx.em, Division, 'code'));

/** A household's village as a plain row (`ctx.rows.load(DIVISION_ROWS, code)`). */
export const DIVISION_ROWS: RowKind<Division> = {
  name: 'division',
  entity: Division,
  table: 'division',
  alias: 'd',
  key: 'code',
  keyType: 'text',
  scope: 'code',
  orderBy: 'd.code',
};
