import type { Context } from '../../context';
import { groupLoaderBy } from '../../common/loaders';
import { AssistanceMeasure } from './measure.entity';
import { AssistancePlan } from './plan.entity';
import { TeamMember } from './team-member.entity';
import { Visit } from './visit.entity';
import { gapsForHouseholds } from './gaps.service';
import type { AssistanceGap } from './gaps.types';

/**
 * The assistance module's per-request DataLoaders, created on first use and kept with the
 * request's context (so the shared loader list needs no entry): one query per nested field per
 * request, whatever the page size.
 */
function create(ctx: Context) {
  const em = ctx.em;
  return {
    measuresByHousehold: groupLoaderBy(
      (ids) => em.find(AssistanceMeasure, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', createdAt: 'asc' } }),
      (m) => m.householdId,
    ),
    plansByHousehold: groupLoaderBy(
      (ids) => em.find(AssistancePlan, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', createdAt: 'desc' } }),
      (p) => p.householdId,
    ),
    teamByHousehold: groupLoaderBy(
      (ids) => em.find(TeamMember, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', isPrimary: 'desc', createdAt: 'asc' } }),
      (t) => t.householdId,
    ),
    visitsByHousehold: groupLoaderBy(
      (ids) => em.find(Visit, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', visitedOn: 'desc', createdAt: 'desc' } }),
      (v) => v.householdId,
    ),
    gapsByHousehold: groupLoaderBy<AssistanceGap>((ids) => gapsForHouseholds(ctx, ids), (g) => g.householdId),
  };
}

const perRequest = new WeakMap<Context, ReturnType<typeof create>>();

export function assistanceLoaders(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = create(ctx)));
  return loaders;
}
