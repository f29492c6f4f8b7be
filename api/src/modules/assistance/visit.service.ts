import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import { can } from '../../auth/access';
import { Permission } from '../../auth/permission';
import { badInput, conflict, forbidden } from '../../common/errors';
import { isIsoDate, todayInChina } from '../../common/dates';
import { User } from '../users/user.entity';
import type { HouseholdService } from '../households/household.service';
import type { CaseService } from '../monitoring/case.service';
import { MonitoringCase } from '../monitoring/monitoring-case.entity';
import { RiskFactor } from '../monitoring/risk-factor.entity';
import { RiskSource } from '../monitoring/monitoring.enums';
import { OPEN_STATES } from '../monitoring/procedure.rules';
import type { VisitInput } from './assistance.inputs';
import { AssistanceMeasure } from './measure.entity';
import { Visit } from './visit.entity';
import { Member } from '../households/member.entity';
import { MemberStatus } from '../households/household.enums';
import { isUuid } from '../../common/ids';

/**
 * 走访 / 回访. A phone may send the same visit twice (it never saw the first answer, or it queued
 * the visit offline): the client's key finds the visit already recorded and returns it unchanged.
 */
export class VisitService {
  constructor(
    private readonly households: HouseholdService,
    private readonly cases: CaseService,
  ) {}

  async record(ctx: Context, input: VisitInput): Promise<Visit> {
    const actor = ctx.actor!;
    // Keys are the visitor's own: another officer's key is another visit, found or not.
    const existing = await ctx.em.findOne(Visit, { clientKey: input.clientKey, visitorId: actor.id });
    if (existing) return this.sameVisit(existing, input);
    const household = await this.households.get(ctx, input.householdId);
    const today = todayInChina();
    if (!isIsoDate(input.visitedOn) || input.visitedOn > today)
      throw badInput('input.visitedOn', '走访日期应为不晚于今天的 YYYY-MM-DD');
    const findings = input.findings.trim();
    if (!findings) throw badInput('input.findings', '请填写走访发现');
    const checks = input.measureChecks ?? [];
    if (checks.length) {
      const ids = [...new Set(checks.map((c) => c.measureId))];
      const found = await ctx.em.count(AssistanceMeasure, {
        id: { $in: ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)) },
        householdId: household.id,
      });
      if (found !== ids.length || ids.length !== checks.length)
        throw badInput('input.measureChecks', '核实的措施不属于本户或重复');
    }
    if (input.newRisk) {
      if (!can(actor, Permission.RISK_WRITE)) throw forbidden('没有登记风险因素的权限');
      if (!isIsoDate(input.newRisk.occurredOn) || input.newRisk.occurredOn > today)
        throw badInput('input.newRisk.occurredOn', '发生日期应为不晚于今天的 YYYY-MM-DD');
      const memberId = input.newRisk.memberId;
      if (memberId) {
        // Only a member of this household (never a reference to someone elsewhere, in or out of the jurisdiction).
        const member = isUuid(memberId)
          ? await ctx.em.count(Member, { id: memberId, householdId: household.id, status: MemberStatus.ACTIVE })
          : 0;
        if (!member) throw badInput('input.newRisk.memberId', '该成员不属于本户');
      }
    }
    const reasons = input.lead?.reasons.map((r) => r.trim()).filter(Boolean) ?? [];
    if (input.lead) {
      if (!can(actor, Permission.MONITORING_PROPOSE)) throw forbidden('没有开立线索的权限');
      if (!reasons.length) throw badInput('input.lead.reasons', '请填写线索理由');
      if (await ctx.em.count(MonitoringCase, { householdId: household.id, state: { $in: OPEN_STATES } }))
        throw conflict('该户已有未办结的监测案卷，无需再开立线索');
    }
    const visitor = actor.id ? await ctx.em.findOne(User, { id: actor.id }, { fields: ['displayName'] }) : null;
    try {
      return await ctx.em.transactional(async (em) => {
        const risk = input.newRisk
          ? em.create(RiskFactor, {
              householdId: household.id,
              divisionCode: household.divisionCode,
              type: input.newRisk.type,
              memberId: input.newRisk.memberId ?? null,
              amount: input.newRisk.amount ?? null,
              occurredOn: input.newRisk.occurredOn,
              source: RiskSource.CADRE_VISIT,
              note: input.newRisk.note?.trim() || null,
            })
          : null;
        const lead = input.lead
          ? this.cases.createLead(em, actor, household, input.lead.category, RiskSource.CADRE_VISIT, reasons)
          : null;
        const visit = em.create(Visit, {
          householdId: household.id,
          divisionCode: household.divisionCode,
          clientKey: input.clientKey,
          visitedOn: input.visitedOn,
          visitorName: visitor?.displayName ?? actor.name,
          visitorId: actor.id,
          findings,
          incomeCheck: input.incomeCheck,
          incomeNote: input.incomeNote?.trim() || null,
          measureChecks: checks.map((c) => ({
            measureId: c.measureId,
            working: c.working,
            note: c.note?.trim() || null,
          })),
          photoRef: input.photoRef?.trim() || null,
          riskFactorId: risk?.id ?? null,
          leadCaseId: lead?.id ?? null,
        });
        await em.flush();
        return visit;
      });
    } catch (error) {
      // The same key sent twice at once: the second insert loses the race and answers the first.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const first = await ctx.em.fork().findOne(Visit, { clientKey: input.clientKey, visitorId: actor.id });
      if (!first) throw conflict('该走访记录的 clientKey 已被使用');
      return this.sameVisit(first, input);
    }
  }

  private sameVisit(existing: Visit, input: VisitInput): Visit {
    if (existing.householdId !== input.householdId) throw conflict('该 clientKey 已用于另一户的走访记录');
    return existing;
  }
}
