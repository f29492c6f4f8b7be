import type { Context } from '../../context';
import { loaderBy, perRequest } from '../../common/loaders';
import { User } from './user.entity';

/** Users by id, on the request's filtered EntityManager. */
export const userLoader = perRequest((ctx: Context) => loaderBy(ctx.em, User, 'id'));
