import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { assertInJurisdiction } from '../../auth/access';
import { Permission } from '../../auth/permission';
import { badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { addDays, todayInChina } from '../../common/dates';
import { formatFen, toFen } from '../../common/money';
import type { Page } from '../../common/pagination';
import { DivisionLevel, isDivisionCode, levelOfCode, prefixOf } from '../../jurisdiction/division-code';
import { divisionCondition, findPage } from '../../jurisdiction/division-list';
import { isUuid } from '../../common/ids';
import { Division } from '../divisions/division.entity';
import { Household } from '../households/household.entity';
import { HouseholdStatus } from '../households/household.enums';
import type { PolicyService } from '../monitoring/policy.service';
import { Asset, AssetEvent, type FundingAmount } from './asset.entity';
import {
  AssetEventKind,
  AssetStatus,
  ProjectAction,
  ProjectState,
  PROJECT_ACTION_LABELS,
  PROJECT_STATE_LABELS,
} from './asset.enums';
import type { ApplyProjectInput, ProjectActionArgs, ProjectListArgs } from './asset.inputs';
import { AssetProject, ProjectEvent } from './project.entity';
import { allSteps, assertMayTakeStep, mayTakeStep } from '../../common/steps';
import { PROJECT_PROCEDURE, projectActionsFrom, projectStepFor } from './project.rules';
import type { AssetService } from './asset.service';

const APPLY_STEP = { permission: Permission.ASSET_PROJECT_TOWNSHIP, levels: [DivisionLevel.TOWNSHIP] };
const OPEN_STATES = [
  ProjectState.APPLIED,
  ProjectState.APPROVED,
  ProjectState.IMPLEMENTING,
  ProjectState.PRE_CHECKED,
  ProjectState.ACCEPTED,
];

/** 专项资金项目: 申报 → 审批 → 实施 → 初检 → 验收 (assets enter the ledger) → 报账. */
export class ProjectService {
  constructor(
    private readonly assets: AssetService,
    private readonly policies: PolicyService,
  ) {}

  async get(ctx: Context, id: string): Promise<AssetProject> {
    const found = isUuid(id) ? await ctx.em.findOne(AssetProject, { id }) : null;
    if (!found) throw notFound('扶贫项目');
    return found;
  }

  async list(ctx: Context, args: ProjectListArgs): Promise<Page<AssetProject>> {
    const where: FilterQuery<AssetProject> = { ...divisionCondition(args.divisionCode) };
    const states = new Set(args.states?.length ? args.states : Object.values(ProjectState));
    if (args.pendingForMe) {
      const mine = new Set(
        allSteps(PROJECT_PROCEDURE)
          .filter((s) => mayTakeStep(ctx.actor!, s))
          .map((s) => s.from),
      );
      for (const state of [...states]) if (!mine.has(state)) states.delete(state);
    }
    where.state = { $in: [...states] };
    return findPage(ctx.em, AssetProject, where, args, { stateChangedAt: 'desc', id: 'asc' });
  }

  /** 镇（街）申报, with the beneficiaries published at once (公告公示, seed 003, 14) for the region's notice days. */
  async apply(ctx: Context, input: ApplyProjectInput): Promise<AssetProject> {
    const actor = ctx.actor!;
    assertMayTakeStep(actor, APPLY_STEP);
    const code = input.divisionCode;
    // The township applies for itself or for one of its villages (the village then sees and implements it).
    if (!isDivisionCode(code) || ![DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE].includes(levelOfCode(code)))
      throw badInput('input.divisionCode', '请填写实施的乡镇或村的区划代码');
    assertInJurisdiction(actor, code);
    if (!(await ctx.em.count(Division, { code }))) throw badInput('input.divisionCode', '行政区划不存在');
    const fundingSources = this.assets.funding(input.fundingSources, 'input.fundingSources');
    if (!input.plannedAssets.length) throw badInput('input.plannedAssets', '请填写项目计划形成的资产');
    const scope = prefixOf(code);
    for (const [i, planned] of input.plannedAssets.entries()) {
      if (!isDivisionCode(planned.divisionCode) || !planned.divisionCode.startsWith(scope))
        throw badInput(`input.plannedAssets[${i}].divisionCode`, '资产须在项目实施区划内');
      if (toFen(planned.bookValue) < 0) throw badInput(`input.plannedAssets[${i}].bookValue`, '账面价值不能为负数');
    }
    const ids = [...new Set(input.beneficiaryIds)];
    if (!ids.length) throw badInput('input.beneficiaryIds', '请填写扶持对象（申报即公示）');
    const households = await ctx.em.find(
      Household,
      { id: { $in: ids.filter(isUuid) }, status: HouseholdStatus.ACTIVE },
      { fields: ['id', 'divisionCode'] },
    );
    const inside = new Set(households.filter((h) => h.divisionCode.startsWith(scope)).map((h) => h.id));
    const missing = ids.filter((id) => !inside.has(id));
    if (missing.length)
      throw badInput('input.beneficiaryIds', `${missing.length} 个扶持对象不存在或不在项目实施区划内`);
    const today = todayInChina();
    const policy = await this.policies.resolve(ctx.em, code, Number(today.slice(0, 4)));
    return ctx.em.transactional(async (em) => {
      const project = em.create(AssetProject, {
        name: input.name.trim(),
        divisionCode: code,
        state: ProjectState.APPLIED,
        fundingSources,
        plannedAssets: input.plannedAssets.map((p) => ({ ...p, bookValue: formatFen(toFen(p.bookValue)) })),
        beneficiaryIds: ids,
        appliedOn: today,
        noticeEndsOn: addDays(today, Number(policy.values.publicNoticeDays ?? 5)),
      });
      this.record(
        em,
        actor,
        project,
        null,
        null,
        ProjectState.APPLIED,
        `扶持对象 ${ids.length} 户公示至 ${project.noticeEndsOn}`,
      );
      await em.flush();
      return project;
    });
  }

  /** One step, if legal from the project's state and the actor's to take (as CaseService.act). */
  async act(ctx: Context, args: ProjectActionArgs): Promise<AssetProject> {
    const actor = ctx.actor!;
    const project = await this.get(ctx, args.projectId);
    if (project.version !== args.version) throw staleVersion('扶贫项目');
    const step = projectStepFor(args.action, project.state);
    if (!step)
      throw conflict(`当前状态“${PROJECT_STATE_LABELS[project.state]}”不能执行“${PROJECT_ACTION_LABELS[args.action]}”`);
    assertMayTakeStep(actor, step);
    const note = args.note?.trim() || null;
    if (args.action === ProjectAction.REJECT && !note) throw badInput('note', '退回须填写理由');
    const today = todayInChina();
    if (args.action === ProjectAction.APPROVE && today < project.noticeEndsOn) {
      throw conflict(`扶持对象公示期未满，${project.noticeEndsOn} 后方可审批`);
    }
    return ctx.em.transactional(async (em) => {
      const from = project.state;
      project.state = step.to;
      project.stateChangedAt = new Date();
      if (args.action === ProjectAction.ACCEPT) this.enterLedger(em, actor, project, today);
      this.record(em, actor, project, args.action, from, step.to, note);
      await em.flush();
      return project;
    });
  }

  availableActions(actor: Actor, project: AssetProject): ProjectAction[] {
    const noticeRunning = todayInChina() < project.noticeEndsOn;
    return projectActionsFrom(project.state).filter((action) => {
      if (action === ProjectAction.APPROVE && noticeRunning) return false;
      return mayTakeStep(actor, projectStepFor(action, project.state)!);
    });
  }

  isOpen(project: AssetProject): boolean {
    return OPEN_STATES.includes(project.state);
  }

  /**
   * 新城验收: each planned asset becomes a ledger row, accepted today, with the project's funding
   * split in proportion to the planned book values (in fen, the remainder on the last asset).
   */
  private enterLedger(em: EntityManager, actor: Actor, project: AssetProject, today: string): void {
    const planned = project.plannedAssets;
    const totalValue = planned.reduce((sum, p) => sum + toFen(p.bookValue), 0);
    const left = new Map(project.fundingSources.map((f) => [f.source, toFen(f.amount)]));
    planned.forEach((p, i) => {
      const last = i === planned.length - 1;
      const funding: FundingAmount[] = project.fundingSources.map((f) => {
        const share = last
          ? left.get(f.source)!
          : totalValue > 0
            ? Math.round((toFen(f.amount) * toFen(p.bookValue)) / totalValue)
            : 0;
        left.set(f.source, left.get(f.source)! - share);
        return { source: f.source, amount: formatFen(share) };
      });
      const asset = em.create(Asset, {
        name: p.name,
        assetClass: p.assetClass,
        type: p.type,
        divisionCode: p.divisionCode,
        fundingSources: funding,
        projectId: project.id,
        owner: p.owner,
        usedBy: p.usedBy,
        manager: p.manager,
        supervisor: p.supervisor,
        acceptedOn: today,
        bookValue: p.bookValue,
        status: AssetStatus.OPERATING,
      });
      em.create(AssetEvent, {
        id: randomUUID(),
        assetId: asset.id,
        divisionCode: asset.divisionCode,
        kind: AssetEventKind.REGISTERED,
        toStatus: asset.status,
        toValue: asset.bookValue,
        note: `项目“${project.name}”验收入账`,
        actorName: actor.name,
        actorId: actor.id,
        at: new Date(),
      });
    });
  }

  private record(
    em: EntityManager,
    actor: Actor,
    project: AssetProject,
    action: ProjectAction | null,
    from: ProjectState | null,
    to: ProjectState,
    note: string | null,
  ): void {
    em.create(ProjectEvent, {
      id: randomUUID(),
      projectId: project.id,
      divisionCode: project.divisionCode,
      action,
      fromState: from,
      toState: to,
      actorName: actor.name,
      actorId: actor.id,
      note,
      at: new Date(),
    });
  }
}
