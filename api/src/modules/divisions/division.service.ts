import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { badInput, forbidden, notFound } from '../../common/errors';
import { AuditAction } from '../../audit/audit-entry.entity';
import { escapeLike } from '../../common/text';
import type { Page } from '../../common/pagination';
import {
  DivisionLevel,
  isDivisionCode,
  levelOfCode,
  prefixFromArgument,
  selfAndAncestorsOf,
} from '../../jurisdiction/division-code';
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
    if (args.within != null) where.code = { $like: `${this.prefix(args.within, 'within')}%` };
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
    return ctx.em.find(
      Division,
      { parentCode: code ?? null },
      {
        filters: false,
        orderBy: { code: 'asc' },
        fields: ['code', 'name', 'level'],
        limit: 1000,
        disableIdentityMap: true,
      },
    );
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
      throw badInput(
        'code',
        `该区划下共有 ${total} 个区划，超过单次返回上限 ${DivisionService.SUBTREE_LIMIT}，请逐级展开`,
      );
    }
    return ctx.em.find(Division, { code: { $like: `${prefix}%` } }, { orderBy: { code: 'asc' } });
  }

  /** 深度贫困 flag: province and city offices, on a division inside their jurisdiction (audited by the flush). */
  async setDeepPoverty(ctx: Context, code: string, deepPoverty: boolean, reason: string): Promise<Division> {
    const level = levelOfCode(ctx.actor!.divisionCode);
    if (level !== DivisionLevel.PROVINCE && level !== DivisionLevel.CITY)
      throw forbidden('深度贫困地区须由省级或市级认定');
    if (!reason.trim()) throw badInput('reason', '请填写认定依据');
    const division = await this.get(ctx, code);
    if (division.code === ctx.actor!.divisionCode) throw forbidden('不能认定本级区划，须由上级认定');
    division.deepPoverty = deepPoverty;
    await ctx.em.flush();
    ctx.audit.event({
      action: AuditAction.UPDATE,
      entityName: 'Division',
      entityId: division.code,
      divisionCode: division.code,
      changes: { operation: `${deepPoverty ? '认定为' : '取消'}深度贫困地区：${reason.trim()}` },
    });
    return division;
  }

  /** Whether the division or one of its ancestors is flagged 深度贫困 (read past the filter: ancestors only). */
  async deepPovertyOf(ctx: Context, codes: string[]): Promise<Set<string>> {
    const chains = new Map(codes.map((code) => [code, selfAndAncestorsOf(code)]));
    const all = [...new Set([...chains.values()].flat())];
    const flagged = new Set(
      (
        await ctx.em.find(
          Division,
          { code: { $in: all }, deepPoverty: true },
          { filters: false, fields: ['code'], disableIdentityMap: true },
        )
      ).map((d) => d.code),
    );
    return new Set(codes.filter((code) => chains.get(code)!.some((c) => flagged.has(c))));
  }

  async search(ctx: Context, name: string, limit: number): Promise<Division[]> {
    const text = name.trim();
    if (!text) throw badInput('name', '请输入要查找的区划名称');
    return ctx.em.find(
      Division,
      { name: { $like: `%${escapeLike(text)}%` } },
      {
        orderBy: { level: 'asc', code: 'asc' },
        limit: Math.min(Math.max(limit, 1), 100),
      },
    );
  }

  private prefix(codeOrPrefix: string, field: string): string {
    const prefix = prefixFromArgument(codeOrPrefix);
    if (prefix === null) throw badInput(field, '区划代码应为 12 位数字或 2、4、6、9 位前缀');
    return prefix;
  }
}
