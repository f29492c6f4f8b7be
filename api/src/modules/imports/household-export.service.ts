import { raw } from '@mikro-orm/core';
import type { Context } from '../../context';
import { AuditAction } from '../../audit/audit-entry.entity';
import { maskIdNumber, maskPhone, mayReadPersonalData } from '../../audit/sensitive.middleware';
import { badInput } from '../../common/errors';
import type { Household } from '../households/household.entity';
import {
  EDUCATION_LABELS, HEALTH_STATUS_LABELS, REGISTRATION_STATUS_LABELS, LABOUR_CAPACITY_LABELS, MemberStatus, RELATION_LABELS, SCHOOLING_STAGE_LABELS,
} from '../households/household.enums';
import { MONITORING_CATEGORY_LABELS } from '../monitoring/monitoring.enums';
import type { HouseholdFilter } from '../households/household.inputs';
import type { HouseholdService } from '../households/household.service';
import { Member } from '../households/member.entity';
import { HOUSEHOLD_COLUMNS, INCOME_COLUMNS, boolLabel, exportWriter, toExcelFile, type ExcelFile } from './household-excel';

const PAGE = 1000;
/** Beyond this an .xlsx is slow to build and to open; a county's households fit well below it. */
export const MAX_EXPORT_MEMBERS = 200_000;

/**
 * 农户导出: the list as filtered in the console, one row per member. Personal data is masked
 * exactly as the API masks it; an unmasked export is one audited read of personal data.
 */
export class HouseholdExportService {
  constructor(private readonly households: HouseholdService) {}

  async export(ctx: Context, filter: HouseholdFilter | null | undefined): Promise<ExcelFile> {
    const criteria = filter ?? {};
    const unmasked = mayReadPersonalData(ctx.actor);
    // A fork, cleared after each page, so a large export does not pile up in the request's identity map.
    const em = ctx.em.fork();

    const count = this.households.filteredQuery(em, criteria).select(raw('count(*) as households, coalesce(sum(h.member_count), 0) as members'));
    await count.applyFilters();
    const [totals] = await count.execute<Array<{ households: string; members: string }>>('all', false);
    if (Number(totals.members) > MAX_EXPORT_MEMBERS) {
      throw badInput('filter', `符合条件的农户共 ${Number(totals.members)} 人，超过单次导出上限 ${MAX_EXPORT_MEMBERS} 人，请缩小筛选范围（如按乡镇或村分别导出）`);
    }

    const writer = exportWriter([...HOUSEHOLD_COLUMNS, ...INCOME_COLUMNS]);
    let rows = 0;
    let households = 0;
    let after: string | null = null;
    for (;;) {
      const qb = this.households.filteredQuery(em, criteria);
      if (after) qb.andWhere({ id: { $gt: after } });
      qb.orderBy({ id: 'asc' }).limit(PAGE);
      await qb.applyFilters();
      const page: Household[] = await qb.getResultList();
      if (page.length === 0) break;
      const members = await em.find(Member, { householdId: { $in: page.map((h) => h.id) }, status: MemberStatus.ACTIVE }, {
        orderBy: { householdId: 'asc', relation: 'asc', birthDate: 'asc' },
      });
      const byHousehold = new Map<string, Member[]>();
      for (const member of members) byHousehold.set(member.householdId, [...(byHousehold.get(member.householdId) ?? []), member]);
      for (const household of page) {
        // An archived household may have no members left; it still gets its line.
        for (const member of byHousehold.get(household.id) ?? [null]) {
          writer.add(this.row(household, member, unmasked));
          rows++;
        }
      }
      // Members can be added between the count and here; the limit holds for the file itself.
      if (rows > MAX_EXPORT_MEMBERS) throw badInput('filter', `导出超过上限 ${MAX_EXPORT_MEMBERS} 人，请缩小筛选范围`);
      households += page.length;
      after = page[page.length - 1].id;
      em.clear();
      if (page.length < PAGE) break;
    }
    const content = await writer.finish();

    if (unmasked && ctx.actor) {
      ctx.audit.event({
        action: AuditAction.PII_READ,
        entityName: 'HouseholdExport',
        entityId: null,
        divisionCode: ctx.actor.divisionCode,
        changes: { filter: { ...criteria }, households, rows, fields: ['idNumber', 'phone', 'healthStatus', 'disabilityGrade'] },
      });
    }
    const stamp = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    return toExcelFile(`农户信息_${stamp}.xlsx`, content);
  }

  private row(h: Household, m: Member | null, unmasked: boolean): Record<string, string | number | null> {
    const household = {
      householdNumber: h.householdNumber,
      divisionCode: h.divisionCode,
      address: h.address,
      phone: h.phone ? (unmasked ? h.phone : maskPhone(h.phone)) : null,
      registrationStatus: REGISTRATION_STATUS_LABELS[h.registrationStatus],
      liftedOutYear: h.liftedOutYear ?? null,
      monitoringCategory: h.monitoringCategory ? MONITORING_CATEGORY_LABELS[h.monitoringCategory] : null,
      monitoredSince: h.monitoredSince ?? null,
      noLabourCapacity: boolLabel(h.noLabourCapacity),
      minimumLivingAllowance: boolLabel(h.minimumLivingAllowance),
      extremePoverty: boolLabel(h.extremePoverty),
      relocated: boolLabel(h.relocated),
      perCapitaNetIncome: h.perCapitaNetIncome ? Number(h.perCapitaNetIncome) : null,
      incomeYear: h.incomeYear ?? null,
    };
    if (!m) return household;
    return {
      ...household,
      name: m.name,
      idNumber: unmasked ? m.idNumber : maskIdNumber(m.idNumber),
      relation: RELATION_LABELS[m.relation],
      ethnicity: m.ethnicity ?? null,
      education: m.education ? EDUCATION_LABELS[m.education] : null,
      schoolingStage: SCHOOLING_STAGE_LABELS[m.schoolingStage],
      // Health details are withheld entirely when masked, as the API answers null for them.
      healthStatus: unmasked ? HEALTH_STATUS_LABELS[m.healthStatus] : null,
      disabilityGrade: unmasked ? m.disabilityGrade ?? null : null,
      labourCapacity: LABOUR_CAPACITY_LABELS[m.labourCapacity],
      workPlace: m.workPlace ?? null,
      workMonths: m.workMonths,
      medicalInsurance: boolLabel(m.medicalInsurance),
      criticalIllnessInsurance: boolLabel(m.criticalIllnessInsurance),
      pensionInsurance: boolLabel(m.pensionInsurance),
      memberMinimumLivingAllowance: boolLabel(m.minimumLivingAllowance),
      memberExtremePoverty: boolLabel(m.extremePoverty),
    };
  }
}
