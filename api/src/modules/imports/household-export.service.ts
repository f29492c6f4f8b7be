import { raw } from '@mikro-orm/core';
import type { Context } from '../../context';
import { maskIdNumber, maskPhone, mayReadPersonalData } from '../../audit/sensitive.middleware';
import { badInput } from '../../common/errors';
import { scopedSql } from '../../jurisdiction/scoped-sql';
import {
  EDUCATION_LABELS,
  HEALTH_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  LABOUR_CAPACITY_LABELS,
  RELATION_LABELS,
  SCHOOLING_STAGE_LABELS,
  type Education,
  type HealthStatus,
  type LabourCapacity,
  type RegistrationStatus,
  type Relation,
  type SchoolingStage,
} from '../households/household.enums';
import { MONITORING_CATEGORY_LABELS, type MonitoringCategory } from '../households/household.enums';
import type { HouseholdFilter } from '../households/household.inputs';
import type { HouseholdService } from '../households/household.service';
import { DATA_SHEET, boolLabel, householdSheetColumns } from './household-excel';
import { ExportKind, type ExportJob } from './export-job.entity';
import type { ExportJobService, ExportOutcome, ExportRun, ExportSource } from './export-job.service';

/** Households per statement pair: big enough that round trips do not dominate, small enough for memory. */
const PAGE = 2000;
/** Beyond this an .xlsx is slow to open; a county's households fit well below it. */
export const MAX_EXPORT_MEMBERS = 400_000;

/** One member line as the export statement reads it (household columns repeated). */
interface ExportRow {
  household_number: string;
  division_code: string;
  address: string;
  phone: string | null;
  registration_status: RegistrationStatus;
  lifted_out_year: number | null;
  monitoring_category: MonitoringCategory | null;
  monitored_since: string | null;
  no_labour_capacity: boolean;
  minimum_living_allowance: boolean;
  extreme_poverty: boolean;
  relocated: boolean;
  per_capita_net_income: string | null;
  income_year: number | null;
  household_version: number;
  village_name: string | null;
  township_name: string | null;
  county_name: string | null;
  name: string | null;
  id_number: string | null;
  relation: Relation | null;
  ethnicity: string | null;
  education: Education | null;
  schooling_stage: SchoolingStage | null;
  health_status: HealthStatus | null;
  disability_grade: number | null;
  labour_capacity: LabourCapacity | null;
  work_place: string | null;
  work_months: number | null;
  medical_insurance: boolean | null;
  critical_illness_insurance: boolean | null;
  pension_insurance: boolean | null;
  member_minimum_living_allowance: boolean | null;
  member_extreme_poverty: boolean | null;
  member_version: number | null;
}

/**
 * 农户导出: the list as filtered in the console (or the rows ticked in it), one row per member,
 * sorted by 户编号, in the columns of the import template. Personal data is masked exactly as the
 * API masks it; an unmasked export is one audited read of personal data. The job, the file and
 * the download are the export jobs' (export-job.service.ts).
 */
export class HouseholdExportService {
  constructor(
    private readonly households: HouseholdService,
    private readonly exportJobs: ExportJobService,
  ) {}

  async start(ctx: Context, filter: HouseholdFilter | null | undefined): Promise<ExportJob> {
    return this.exportJobs.start(ctx, await this.source(ctx, filter));
  }

  /** The export as a job describes it; built again by the worker from the criteria kept on the job. */
  async source(ctx: Context, filter: HouseholdFilter | null | undefined): Promise<ExportSource> {
    const criteria = { ...(filter ?? {}) } as HouseholdFilter;
    // Counted here so an export too large is refused at once rather than failing in the background.
    const count = this.households
      .filteredQuery(ctx.em, criteria)
      .select(raw('coalesce(sum(h.member_count), 0) as members'));
    await count.applyFilters();
    const [{ members }] = await count.execute<Array<{ members: string }>>('all', false);
    if (Number(members) > MAX_EXPORT_MEMBERS) {
      throw badInput(
        'filter',
        `符合条件的农户共 ${Number(members)} 人，超过单次导出上限 ${MAX_EXPORT_MEMBERS} 人，请缩小筛选范围（如按乡镇或村分别导出）`,
      );
    }
    const unmasked = mayReadPersonalData(ctx.actor!);
    return {
      kind: ExportKind.HOUSEHOLDS,
      title: '农户信息',
      sheetName: DATA_SHEET,
      columns: householdSheetColumns(),
      criteria: { ...criteria },
      expectedRows: Number(members),
      masked: !unmasked,
      write: (run) => this.write(run, criteria, unmasked),
    };
  }

  private async write(
    { em, actor, requestId, add, progress }: ExportRun,
    criteria: HouseholdFilter,
    unmasked: boolean,
  ): Promise<ExportOutcome> {
    const readers = cellReaders(unmasked);
    const read = householdSheetColumns().map((c) => readers[c.key]);
    const scoped = scopedSql({ em, actor, requestId });
    let rows = 0;
    let households = 0;
    let after: string | null = null;
    for (;;) {
      // The page's households through the list's own filter (plain rows, no entities), then
      // their member lines with the place names in one statement.
      const qb = this.households.filteredQuery(em, criteria).select(['h.id', 'h.household_number']);
      if (after) qb.andWhere({ householdNumber: { $gt: after } });
      qb.orderBy({ householdNumber: 'asc' }).limit(PAGE);
      await qb.applyFilters();
      const page = await qb.execute<Array<{ id: string; household_number: string }>>('all', false);
      if (page.length === 0) break;
      const lines = await scoped.query<ExportRow>`
        select h.household_number, h.division_code, h.address, h.phone, h.registration_status, h.lifted_out_year, h.monitoring_category, to_char(h.monitored_since, 'YYYY-MM-DD') as monitored_since, h.no_labour_capacity,
               h.minimum_living_allowance, h.extreme_poverty, h.relocated, h.per_capita_net_income, h.income_year,
               h.version as household_version, v.name as village_name, t.name as township_name, c.name as county_name,
               m.name, m.id_number, m.relation, m.ethnicity, m.education, m.schooling_stage, m.health_status,
               m.disability_grade, m.labour_capacity, m.work_place, m.work_months, m.medical_insurance,
               m.critical_illness_insurance, m.pension_insurance, m.minimum_living_allowance as member_minimum_living_allowance,
               m.extreme_poverty as member_extreme_poverty, m.version as member_version
          from household h
          left join household_member m on m.household_id = h.id and m.status = 'ACTIVE'
          left join division v on v.code = h.division_code
          left join division t on t.code = substr(h.division_code, 1, 9) || '000'
          left join division c on c.code = substr(h.division_code, 1, 6) || '000000'
         where h.id = any(${`{${page.map((h) => h.id).join(',')}}`}::uuid[]) and ${scoped.inScope('h.division_code')}
         order by h.household_number, m.relation, m.birth_date, m.id`;
      for (const line of lines) await add(read.map((cell) => cell(line)));
      rows += lines.length;
      households += page.length;
      after = page[page.length - 1].household_number;
      // Members can be added between the count and here; the limit holds for the file itself.
      if (rows > MAX_EXPORT_MEMBERS) throw badInput('filter', `导出超过上限 ${MAX_EXPORT_MEMBERS} 人，请缩小筛选范围`);
      await progress(rows);
      if (page.length < PAGE) break;
    }
    return {
      rows,
      message: `导出完成：${households} 户、${rows} 行`,
      personalDataRead: unmasked
        ? {
            entityName: 'HouseholdExport',
            changes: {
              filter: { ...criteria },
              households,
              rows,
              fields: ['idNumber', 'phone', 'healthStatus', 'disabilityGrade'],
            },
          }
        : undefined,
    };
  }
}

/** One line's cells by column key (household-excel.ts), read straight off the statement's row. */
function cellReaders(unmasked: boolean): Record<string, (r: ExportRow) => string | number | null> {
  const member =
    <T>(read: (r: ExportRow) => T) =>
    (r: ExportRow) =>
      r.id_number === null ? null : read(r);
  return {
    householdNumber: (r) => r.household_number,
    countyName: (r) => r.county_name,
    townshipName: (r) => r.township_name,
    villageName: (r) => r.village_name,
    divisionCode: (r) => r.division_code,
    address: (r) => r.address,
    phone: (r) => (r.phone ? (unmasked ? r.phone : maskPhone(r.phone)) : null),
    registrationStatus: (r) => REGISTRATION_STATUS_LABELS[r.registration_status],
    liftedOutYear: (r) => r.lifted_out_year,
    monitoringCategory: (r) => (r.monitoring_category ? MONITORING_CATEGORY_LABELS[r.monitoring_category] : null),
    monitoredSince: (r) => r.monitored_since,
    noLabourCapacity: (r) => boolLabel(r.no_labour_capacity),
    minimumLivingAllowance: (r) => boolLabel(r.minimum_living_allowance),
    extremePoverty: (r) => boolLabel(r.extreme_poverty),
    relocated: (r) => boolLabel(r.relocated),
    perCapitaNetIncome: (r) => (r.per_capita_net_income === null ? null : Number(r.per_capita_net_income)),
    incomeYear: (r) => r.income_year,
    householdVersion: (r) => r.household_version,
    // An archived household may have no members left; it still gets its line, member cells empty.
    name: member((r) => r.name),
    idNumber: member((r) => (unmasked ? r.id_number! : maskIdNumber(r.id_number!))),
    relation: member((r) => RELATION_LABELS[r.relation!]),
    ethnicity: member((r) => r.ethnicity),
    education: member((r) => (r.education ? EDUCATION_LABELS[r.education] : null)),
    schoolingStage: member((r) => SCHOOLING_STAGE_LABELS[r.schooling_stage!]),
    // Health details are withheld entirely when masked, as the API answers null for them.
    healthStatus: member((r) => (unmasked ? HEALTH_STATUS_LABELS[r.health_status!] : null)),
    disabilityGrade: member((r) => (unmasked ? r.disability_grade : null)),
    labourCapacity: member((r) => LABOUR_CAPACITY_LABELS[r.labour_capacity!]),
    workPlace: member((r) => r.work_place),
    workMonths: member((r) => r.work_months),
    medicalInsurance: member((r) => boolLabel(r.medical_insurance)),
    criticalIllnessInsurance: member((r) => boolLabel(r.critical_illness_insurance)),
    pensionInsurance: member((r) => boolLabel(r.pension_insurance)),
    memberMinimumLivingAllowance: member((r) => boolLabel(r.member_minimum_living_allowance)),
    memberExtremePoverty: member((r) => boolLabel(r.member_extreme_poverty)),
    memberVersion: member((r) => r.member_version),
  };
}
