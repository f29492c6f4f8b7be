import { Field, ObjectType } from 'type-graphql';
import { CaseState } from './monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';
import type { MonitoringCase } from './monitoring-case.entity';

/**
 * 监测历史: one period per case the county confirmed (认定), from its confirmation to its 风险消除
 * (null while still monitored). Derived from the cases, never stored twice.
 */
@ObjectType({ description: '一段监测经历（县级认定至风险消除）' })
export class MonitoringPeriod {
  @Field() caseId!: string;
  @Field(() => MonitoringCategory, { description: '监测对象类别' }) category!: MonitoringCategory;
  @Field({ description: '认定日期' }) identifiedOn!: string;
  @Field(() => String, { nullable: true, description: '风险消除日期（仍在监测为空）' }) eliminatedOn!: string | null;
  @Field(() => CaseState, { description: '案卷当前状态' }) state!: CaseState;
}

/** Oldest first, so the list reads as a history. */
export function monitoringHistory(cases: ReadonlyArray<Readonly<MonitoringCase>>): MonitoringPeriod[] {
  return cases
    .filter((c) => c.identifiedOn)
    .map((c) =>
      Object.assign(new MonitoringPeriod(), {
        caseId: c.id,
        category: c.category,
        identifiedOn: c.identifiedOn!,
        state: c.state,
        eliminatedOn: c.state === CaseState.RISK_ELIMINATED ? (c.closedOn ?? null) : null,
      }),
    )
    .sort((a, b) => a.identifiedOn.localeCompare(b.identifiedOn));
}
