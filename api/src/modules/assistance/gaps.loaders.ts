import type { Context } from '../../context';
import { groupLoaderBy, perRequest } from '../../common/loaders';
import { services } from '../../services';
import type { AssistanceGap } from './gaps.types';

/** A page of households' assistance gaps, computed together (seven statements whatever the page size). */
export const householdGaps = perRequest((ctx: Context) =>
  groupLoaderBy<AssistanceGap>(
    (ids) => services(ctx).assistanceGaps.forHouseholds(ctx, ids),
    (g) => g.householdId,
  ),
);
