import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { loaderBy, perRequest } from '../../common/loaders';
import { User } from './user.entity';

/** Users by id, on the request's filtered EntityManager. */
export const userLoader = perRequest((ctx: Context) => loaderBy(ctx.em, User, 'id'));

/**
 * The display name of whoever acted on a record the reader may see (办理记录): officers' names are
 * read across jurisdictions, since the township or county that acted on a village's case is
 * outside the village's own. Only the name leaves this loader.
 */
export const actorNameLoader = perRequest(
  (ctx: Context) =>
    new DataLoader<string, string | null>(async (ids) => {
      const rows = await ctx.em.find(
        User,
        { id: { $in: [...ids] } },
        { filters: false, fields: ['id', 'displayName'] },
      );
      const byId = new Map(rows.map((row) => [row.id, row.displayName]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

/** The same by account name, for records that keep only the acting account's name (报送人, 处理人). */
export const accountNameLoader = perRequest(
  (ctx: Context) =>
    new DataLoader<string, string | null>(async (usernames) => {
      const rows = await ctx.em.find(
        User,
        { username: { $in: [...usernames] } },
        { filters: false, fields: ['username', 'displayName'] },
      );
      const byUsername = new Map(rows.map((row) => [row.username, row.displayName]));
      return usernames.map((username) => byUsername.get(username) ?? null);
    }),
);
