import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { badInput, notFound } from '../../common/errors';
import { escapeLike } from '../../common/text';
import type { Page } from '../../common/pagination';
import { isDivisionCode, prefixFromArgument } from '../../jurisdiction/division-code';
import { findPage } from '../../jurisdiction/division-list';
import { Division } from './division.entity';
import type { DivisionListArgs } from './division.inputs';

/** Every read goes through the request's EntityManager, so the jurisdiction filter applies. */
export class DivisionService {
  static readonly SUBTREE_LIMIT = 5000;

  async get(ctx: Context, code: string): Promise<Division> {
    if (!isDivisionCode(code)) throw badInput('code', '区划代码应为 12 位数字');
    const division = await ctx.em.findOne(Division, { code });
    if (!division) throw notFound('行政区划');
    return division;
  }

  async list(ctx: Context, args: DivisionListArgs): Promise<Page<Division>> {
    const where: FilterQuery<Division> = {};
    if (args.parentCode !== undefined) {
      if (!isDivisionCode(args.parentCode)) throw badInput('parentCode', '上级区划代码应为 12 位数字');
      where.parentCode = args.parentCode;
    }
    if (args.within !== undefined) where.code = { $like: `${this.prefix(args.within, 'within')}%` };
    if (args.level) where.level = args.level;
    if (args.search?.trim()) where.name = { $like: `%${escapeLike(args.search.trim())}%` };
    return findPage(ctx.em, Division, where, args, { code: 'asc' });
  }

  /**
   * The public division tree for the self-report page: names only, one level at a time (no code:
   * the provinces). Reference data (统计用区划代码), so read past the jurisdiction filter.
   */
  async publicChildren(ctx: Context, code?: string | null): Promise<Array<Pick<Division, 'code' | 'name' | 'level'>>> {
    if (code != null && !isDivisionCode(code)) throw badInput('parentCode', '区划代码应为 12 位数字');
    return ctx.em.find(Division, { parentCode: code ?? null }, { filters: false, orderBy: { code: 'asc' }, fields: ['code', 'name', 'level'], limit: 1000, disableIdentityMap: true });
  }

  async children(ctx: Context, code: string): Promise<Division[]> {
    await this.get(ctx, code);
    return ctx.em.find(Division, { parentCode: code }, { orderBy: { code: 'asc' } });
  }

  /** The division and everything below it, in code order (parents before children). */
  async subtree(ctx: Context, code: string): Promise<Division[]> {
    const root = await this.get(ctx, code);
    const prefix = this.prefix(root.code, 'code');
    const total = await ctx.em.count(Division, { code: { $like: `${prefix}%` } });
    if (total > DivisionService.SUBTREE_LIMIT) {
      throw badInput('code', `该区划下共有 ${total} 个区划，超过单次返回上限 ${DivisionService.SUBTREE_LIMIT}，请逐级展开`);
    }
    return ctx.em.find(Division, { code: { $like: `${prefix}%` } }, { orderBy: { code: 'asc' } });
  }

  async search(ctx: Context, name: string, limit: number): Promise<Division[]> {
    const text = name.trim();
    if (!text) throw badInput('name', '请输入要查找的区划名称');
    return ctx.em.find(Division, { name: { $like: `%${escapeLike(text)}%` } }, {
      orderBy: { level: 'asc', code: 'asc' }, limit: Math.min(Math.max(limit, 1), 100),
    });
  }

  private prefix(codeOrPrefix: string, field: string): string {
    const prefix = prefixFromArgument(codeOrPrefix);
    if (prefix === null) throw badInput(field, '区划代码应为 12 位数字或 2、4、6、9 位前缀');
    return prefix;
  }
}
