import type { Context } from '../../context';
import { groupLoaderBy, loaderBy, perRequest } from '../../common/loaders';
import { Asset, AssetEvent, AssetIncome, AssetShare } from './asset.entity';
import { AssetProject, ProjectEvent } from './project.entity';

/** The ledger's DataLoaders, one set per request, on the request's filtered EntityManager. */
export const assetLoaders = perRequest((ctx: Context) => {
  const em = ctx.em;
  return {
    project: loaderBy(em, AssetProject, 'id'),
    eventsByAsset: groupLoaderBy(
      (ids) => em.find(AssetEvent, { assetId: { $in: ids } }, { orderBy: { assetId: 'asc', at: 'asc' } }),
      (e) => e.assetId,
    ),
    incomesByAsset: groupLoaderBy(
      (ids) => em.find(AssetIncome, { assetId: { $in: ids } }, { orderBy: { assetId: 'asc', year: 'desc' } }),
      (i) => i.assetId,
    ),
    sharesByAsset: groupLoaderBy(
      (ids) =>
        em.find(
          AssetShare,
          { assetId: { $in: ids } },
          { orderBy: { assetId: 'asc', shares: 'desc', householdId: 'asc' } },
        ),
      (s) => s.assetId,
    ),
    assetsByProject: groupLoaderBy(
      (ids) => em.find(Asset, { projectId: { $in: ids } }, { orderBy: { name: 'asc' } }),
      (a) => a.projectId!,
    ),
    eventsByProject: groupLoaderBy(
      (ids) => em.find(ProjectEvent, { projectId: { $in: ids } }, { orderBy: { projectId: 'asc', at: 'asc' } }),
      (e) => e.projectId,
    ),
  };
});
