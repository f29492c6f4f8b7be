import type { Context } from '../../context';
import { groupLoaderBy, perRequest } from '../../common/loaders';
import { AssistanceMeasure } from './measure.entity';
import { AssistancePlan } from './plan.entity';
import { TeamMember } from './team-member.entity';
import { Visit } from './visit.entity';

/**
 * The assistance module's per-request DataLoaders, created on first use and kept with the
 * request's context: one query per nested field per request, whatever the page size.
 * (A household's gaps: gaps.loaders.ts, since they are computed by the gap service.)
 */
export const assistanceLoaders = perRequest((ctx: Context) => {
  const em = ctx.em;
  return {
    measuresByHousehold: groupLoaderBy(
      (ids) =>
        em.find(
          AssistanceMeasure,
          { householdId: { $in: ids } },
          { orderBy: { householdId: 'asc', createdAt: 'asc' } },
        ),
      (m) => m.householdId,
    ),
    plansByHousehold: groupLoaderBy(
      (ids) =>
        em.find(AssistancePlan, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', createdAt: 'desc' } }),
      (p) => p.householdId,
    ),
    teamByHousehold: groupLoaderBy(
      (ids) =>
        em.find(
          TeamMember,
          { householdId: { $in: ids } },
          { orderBy: { householdId: 'asc', isPrimary: 'desc', createdAt: 'asc' } },
        ),
      (t) => t.householdId,
    ),
    visitsByHousehold: groupLoaderBy(
      (ids) =>
        em.find(
          Visit,
          { householdId: { $in: ids } },
          { orderBy: { householdId: 'asc', visitedOn: 'desc', createdAt: 'desc' } },
        ),
      (v) => v.householdId,
    ),
  };
});
