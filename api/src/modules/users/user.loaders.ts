import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { loaderBy, perRequest } from '../../common/loaders';
import { User } from './user.entity';

/** Users by id, on the request's filtered EntityManager. */
export const userLoader = perRequest((ctx: Context) => loaderBy(ctx.em, User, 'id'));

/**
 * The display name of whoever acted on a record the reader may see (办理记录, 报送人, 处理人), by account
 * id or by account name (records that keep only the name): officers' names are read across
 * jurisdictions, since the township or county that acted on a village's record is outside the
 * village's own. Only the name leaves these loaders.
 */
function displayNames(ctx: Context, key: 'id' | 'username') {
  return new DataLoader<string, string | null>(async (keys) => {
    const rows = await ctx.em.find(
      User,
      { [key]: { $in: [...keys] } },
      { filters: false, fields: [key, 'displayName'] },
    );
    const byKey = new Map(rows.map((row) => [row[key], row.displayName]));
    return keys.map((value) => byKey.get(value) ?? null);
  });
}

export const actorNameLoader = perRequest((ctx: Context) => displayNames(ctx, 'id'));

export const accountNameLoader = perRequest((ctx: Context) => displayNames(ctx, 'username'));
