import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { assertInJurisdiction } from '../../auth/access';
import { assertNotRequester } from '../../auth/separation';
import { Permission } from '../../auth/permission';
import { badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { isIsoDate } from '../../common/dates';
import { formatFen, toFen } from '../../common/money';
import { escapeLike } from '../../common/text';
import type { Page } from '../../common/pagination';
import { DivisionLevel, isDivisionCode, levelOfCode, prefixOf } from '../../jurisdiction/division-code';
import { divisionCondition, findPage } from '../../jurisdiction/division-list';
import { isUuid } from '../../common/ids';
import { lockBudgetOwner } from '../../common/budget-lock';
import { Division } from '../divisions/division.entity';
import { Household } from '../households/household.entity';
import { HouseholdStatus } from '../households/household.enums';
import { CollectiveIncome } from '../collective-income/collective-income.entity';
import { syncAssetIncome } from '../collective-income/asset-income.sync';
import { Asset, AssetEvent, AssetIncome, AssetShare, type FundingAmount } from './asset.entity';
import { AssetClass, AssetEventKind, AssetStatus, ASSET_STATUS_LABELS } from './asset.enums';
import type { AssetInput, AssetListArgs, AssetShareInput, AssetUpdateInput, FundingAmountInput } from './asset.inputs';
import { assertMayTakeStep } from '../../common/steps';
import { priorityHouseholdsIn, type PriorityRow } from './priority.service';
import { priorityLeftOut } from './priority.rules';

/** Disposal is the county's to approve ("谁审批、谁负责"), by someone other than the requester. */
const DISPOSAL_STEP = { permission: Permission.ASSET_DISPOSAL_APPROVE, levels: [DivisionLevel.COUNTY] };

export interface ShareCheckResult {
  priority: PriorityRow[];
  leftOut: PriorityRow[];
}

/** 扶贫资产台账: every read and write through the request's filtered EntityManager. */
export class AssetService {
  async get(ctx: Context, id: string): Promise<Asset> {
    const found = isUuid(id) ? await ctx.em.findOne(Asset, { id }) : null;
    if (!found) throw notFound('扶贫资产');
    return found;
  }

  async list(ctx: Context, args: AssetListArgs): Promise<Page<Asset>> {
    const where: FilterQuery<Asset> = { ...divisionCondition(args.divisionCode) };
    if (args.assetClass) where.assetClass = args.assetClass;
    if (args.type) where.type = args.type;
    if (args.status) where.status = args.status;
    if (args.disposalPending) where.disposalPending = true;
    if (args.search?.trim()) where.name = { $like: `%${escapeLike(args.search.trim())}%` };
    return findPage(ctx.em, Asset, where, args, { divisionCode: 'asc', name: 'asc', id: 'asc' });
  }

  async create(ctx: Context, input: AssetInput): Promise<Asset> {
    await this.assertDivision(ctx, input.divisionCode, 'input.divisionCode');
    const fundingSources = this.funding(input.fundingSources, 'input.fundingSources');
    this.assertAmount(input.bookValue, 'input.bookValue', '账面价值');
    if (input.acceptedOn && !isIsoDate(input.acceptedOn))
      throw badInput('input.acceptedOn', '验收日期格式应为 YYYY-MM-DD');
    if (input.status === AssetStatus.DISPOSED) throw badInput('input.status', '不能直接登记为“处置”，处置须经审批');
    return ctx.em.transactional(async (em) => {
      const asset = em.create(Asset, {
        ...input,
        name: input.name.trim(),
        fundingSources,
        acceptedOn: input.acceptedOn ?? null,
      });
      this.record(em, ctx.actor!, asset, AssetEventKind.REGISTERED, {
        toStatus: asset.status,
        toValue: asset.bookValue,
      });
      await em.flush();
      return asset;
    });
  }

  async update(ctx: Context, id: string, version: number, input: AssetUpdateInput): Promise<Asset> {
    const asset = await this.getWritable(ctx, id, version);
    const changes: Partial<Asset> = {};
    for (const key of ['name', 'type', 'owner', 'usedBy', 'manager', 'supervisor'] as const) {
      if (input[key] !== undefined && input[key] !== null)
        (changes as Record<string, unknown>)[key] =
          typeof input[key] === 'string' ? (input[key] as string).trim() : input[key];
    }
    if (input.fundingSources) changes.fundingSources = this.funding(input.fundingSources, 'input.fundingSources');
    if (input.acceptedOn !== undefined) {
      if (input.acceptedOn && !isIsoDate(input.acceptedOn))
        throw badInput('input.acceptedOn', '验收日期格式应为 YYYY-MM-DD');
      changes.acceptedOn = input.acceptedOn;
    }
    return ctx.em.transactional(async (em) => {
      Object.assign(asset, changes);
      await em.flush();
      return asset;
    });
  }

  /** 账面价值变更 (评估、折旧、追加投资): needs a reason, kept in the history. */
  async revalue(ctx: Context, id: string, version: number, bookValue: string, note: string): Promise<Asset> {
    const asset = await this.getWritable(ctx, id, version);
    this.assertAmount(bookValue, 'bookValue', '账面价值');
    const reason = this.required(note, 'note', '请填写价值变更原因');
    if (toFen(bookValue) === toFen(asset.bookValue)) throw badInput('bookValue', '账面价值未变化');
    return ctx.em.transactional(async (em) => {
      this.record(em, ctx.actor!, asset, AssetEventKind.VALUE_CHANGED, {
        fromValue: asset.bookValue,
        toValue: bookValue,
        note: reason,
      });
      asset.bookValue = bookValue;
      await em.flush();
      return asset;
    });
  }

  /** 在建 / 运营 / 闲置 / 损毁; 处置 only through requestDisposal and the county's approval. */
  async changeStatus(ctx: Context, id: string, version: number, status: AssetStatus, note: string): Promise<Asset> {
    const asset = await this.getWritable(ctx, id, version);
    if (status === AssetStatus.DISPOSED) throw badInput('status', '处置须提出申请并经县级审批，不能直接变更');
    if (status === asset.status) throw badInput('status', `资产已是“${ASSET_STATUS_LABELS[status]}”状态`);
    const reason = this.required(note, 'note', '请填写状态变更原因');
    return ctx.em.transactional(async (em) => {
      this.record(em, ctx.actor!, asset, AssetEventKind.STATUS_CHANGED, {
        fromStatus: asset.status,
        toStatus: status,
        note: reason,
      });
      asset.status = status;
      await em.flush();
      return asset;
    });
  }

  async requestDisposal(ctx: Context, id: string, version: number, reason: string): Promise<Asset> {
    const asset = await this.getWritable(ctx, id, version);
    if (asset.disposalPending) throw conflict('该资产已有待审批的处置申请');
    const text = this.required(reason, 'reason', '处置须写明理由');
    return ctx.em.transactional(async (em) => {
      Object.assign(asset, { disposalPending: true, disposalReason: text, disposalRequestedBy: ctx.actor!.id });
      this.record(em, ctx.actor!, asset, AssetEventKind.DISPOSAL_REQUESTED, { note: text });
      await em.flush();
      return asset;
    });
  }

  async decideDisposal(
    ctx: Context,
    id: string,
    version: number,
    approve: boolean,
    note?: string | null,
  ): Promise<Asset> {
    const actor = ctx.actor!;
    const asset = await this.get(ctx, id);
    if (asset.version !== version) throw staleVersion('扶贫资产');
    if (!asset.disposalPending) throw conflict('该资产没有待审批的处置申请');
    assertMayTakeStep(actor, DISPOSAL_STEP);
    await assertNotRequester(ctx.em, actor, asset.disposalRequestedBy, '处置');
    const text = note?.trim() || null;
    if (!approve && !text) throw badInput('note', '不予处置须写明理由');
    return ctx.em.transactional(async (em) => {
      if (approve) {
        this.record(em, actor, asset, AssetEventKind.DISPOSAL_APPROVED, {
          fromStatus: asset.status,
          toStatus: AssetStatus.DISPOSED,
          note: text ?? asset.disposalReason,
        });
        asset.status = AssetStatus.DISPOSED;
      } else {
        this.record(em, actor, asset, AssetEventKind.DISPOSAL_REJECTED, { note: text });
        asset.disposalReason = null;
      }
      asset.disposalPending = false;
      asset.disposalRequestedBy = null;
      await em.flush();
      return asset;
    });
  }

  /** 资产年度收益: upserted per year, and carried into the village's collective income of that year. */
  async recordIncome(ctx: Context, assetId: string, year: number, amount: string): Promise<AssetIncome> {
    const asset = await this.get(ctx, assetId);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', '年度不正确');
    this.assertAmount(amount, 'amount', '收益');
    return ctx.em.transactional(async (em) => {
      // The village-year's collective income sums the ledger: locked first, so two incomes recorded at
      // once are both counted, and a plan's submission sees the sum it is checked against.
      const collective = await lockBudgetOwner(em, CollectiveIncome, { divisionCode: asset.divisionCode, year });
      const existing = await em.findOne(AssetIncome, { assetId, year });
      const income = existing ?? em.create(AssetIncome, { assetId, divisionCode: asset.divisionCode, year, amount });
      const before = existing?.amount ?? null;
      income.amount = amount;
      this.record(em, ctx.actor!, asset, AssetEventKind.INCOME_RECORDED, {
        fromValue: before,
        toValue: amount,
        note: `${year} 年度收益`,
      });
      await em.flush();
      if (collective) {
        await syncAssetIncome(em, collective);
        await em.flush();
      }
      return income;
    });
  }

  /**
   * 折股量化 (seed 002: "折股量化的受益权…优先分配给无劳动能力的低保兜底户、有重大疾病患者家庭、
   * 残疾人家庭等特殊困难户"): replaces the asset's shares. Leaving a priority household out while
   * serving others needs a written justification.
   */
  async setShares(
    ctx: Context,
    assetId: string,
    version: number,
    shares: AssetShareInput[],
    justification?: string | null,
  ): Promise<Asset> {
    const asset = await this.getWritable(ctx, assetId, version);
    if (asset.assetClass !== AssetClass.OPERATING) throw badInput('assetId', '只有经营性资产折股量化到户');
    const ids = shares.map((s) => s.householdId);
    if (new Set(ids).size !== ids.length) throw badInput('shares', '同一农户只能出现一次');
    const households = ids.length
      ? await ctx.em.find(Household, { id: { $in: ids.filter(isUuid) }, status: HouseholdStatus.ACTIVE })
      : [];
    const scope = prefixOf(asset.divisionCode);
    const found = new Map(households.map((h) => [h.id, h]));
    shares.forEach((share, i) => {
      const household = found.get(share.householdId);
      if (!household) throw badInput(`shares[${i}].householdId`, '农户不存在或不在您的管辖范围内');
      if (!household.divisionCode.startsWith(scope))
        throw badInput(`shares[${i}].householdId`, '农户不在资产所在区划内');
    });
    const check = await this.shareCheck(ctx, asset, ids);
    const text = justification?.trim() || null;
    if (check.leftOut.length && !text) {
      throw badInput(
        'justification',
        `未覆盖 ${check.leftOut.length} 户优先户（${check.leftOut.map((p) => p.householdNumber).join('、')}），须填写书面说明`,
      );
    }
    return ctx.em.transactional(async (em) => {
      const existing = await em.find(AssetShare, { assetId });
      const keep = new Map(existing.map((s) => [s.householdId, s]));
      for (const old of existing) if (!ids.includes(old.householdId)) em.remove(old);
      for (const share of shares) {
        const row = keep.get(share.householdId);
        if (row) row.shares = share.shares;
        else
          em.create(AssetShare, {
            assetId,
            householdId: share.householdId,
            divisionCode: found.get(share.householdId)!.divisionCode,
            shares: share.shares,
          });
      }
      asset.shareJustification = check.leftOut.length ? text : null;
      const total = shares.reduce((sum, s) => sum + s.shares, 0);
      this.record(em, ctx.actor!, asset, AssetEventKind.SHARES_SET, {
        note: `${shares.length} 户共 ${total} 股${check.leftOut.length ? `；未覆盖优先户 ${check.leftOut.length} 户，说明：${text}` : ''}`,
      });
      await em.flush();
      return asset;
    });
  }

  /** The priority households in the asset's division and those the given (or current) shares leave out. */
  async shareCheck(ctx: Context, asset: Asset, householdIds?: string[]): Promise<ShareCheckResult> {
    const priority = await priorityHouseholdsIn(ctx.em, prefixOf(asset.divisionCode));
    const served =
      householdIds ??
      (await ctx.em.find(AssetShare, { assetId: asset.id }, { fields: ['householdId'] })).map((s) => s.householdId);
    const left = new Set(
      priorityLeftOut(
        priority.map((p) => p.householdId),
        served,
      ),
    );
    return { priority, leftOut: priority.filter((p) => left.has(p.householdId)) };
  }

  private async getWritable(ctx: Context, id: string, version: number): Promise<Asset> {
    const asset = await this.get(ctx, id);
    if (asset.version !== version) throw staleVersion('扶贫资产');
    assertInJurisdiction(ctx.actor!, asset.divisionCode);
    if (asset.status === AssetStatus.DISPOSED) throw conflict('资产已处置，台账不再变更');
    return asset;
  }

  private async assertDivision(ctx: Context, code: string, field: string): Promise<void> {
    if (!isDivisionCode(code)) throw badInput(field, '区划代码应为 12 位数字');
    assertInJurisdiction(ctx.actor!, code);
    const level = levelOfCode(code);
    if (level !== DivisionLevel.VILLAGE && level !== DivisionLevel.TOWNSHIP)
      throw badInput(field, '资产登记到村或乡镇');
    if (!(await ctx.em.count(Division, { code }))) throw badInput(field, '行政区划不存在');
  }

  funding(items: FundingAmountInput[], field: string): FundingAmount[] {
    if (!items.length) throw badInput(field, '请填写资金来源');
    const seen = new Set<string>();
    return items.map((item, i) => {
      if (seen.has(item.source)) throw badInput(`${field}[${i}].source`, '同一资金来源只填一行');
      seen.add(item.source);
      this.assertAmount(item.amount, `${field}[${i}].amount`, '资金金额');
      return { source: item.source, amount: formatFen(toFen(item.amount)) };
    });
  }

  private assertAmount(value: string, field: string, what: string): void {
    if (toFen(value) < 0) throw badInput(field, `${what}不能为负数`);
  }

  private required(value: string | null | undefined, field: string, message: string): string {
    const text = value?.trim();
    if (!text) throw badInput(field, message);
    if (text.length > 1000) throw badInput(field, '说明不超过 1000 字');
    return text;
  }

  record(
    em: EntityManager,
    actor: Actor,
    asset: Asset,
    kind: AssetEventKind,
    data: Partial<Pick<AssetEvent, 'fromStatus' | 'toStatus' | 'fromValue' | 'toValue' | 'note'>>,
  ): void {
    em.create(AssetEvent, {
      id: randomUUID(),
      assetId: asset.id,
      divisionCode: asset.divisionCode,
      kind,
      actorName: actor.name,
      actorId: actor.id,
      at: new Date(),
      ...data,
    });
  }
}
