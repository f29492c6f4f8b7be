import type { MikroORM } from '@mikro-orm/postgresql';
import { systemEm } from '../jurisdiction/entity-manager';
import { MonitoringPolicy } from '../modules/monitoring/policy.entity';

/**
 * Demo monitoring policy. 内蒙古自治区 used a 5,000-yuan line in 2019 (the seed document), the
 * national 6,000 applied from 2021; later years are this region's own figures. 托克托县 sets its
 * own line for the current year to show inheritance with one override.
 */
export async function seedPolicies(orm: MikroORM, year = new Date().getFullYear()): Promise<void> {
  const em = systemEm(orm);
  if (await em.count(MonitoringPolicy, {})) return;
  const regional = {
    rigidExpenditureShare: 1.0,
    incomeDropShare: 0.3,
    subsidyShareWarning: 0.5,
    exitStabilityMonths: 6,
    publicNoticeDays: 5,
    expectedMonitoredRatio: 0.05,
    maxMonitoredRatio: 0.1,
    overdueDays: 15,
    medicalSelfPayThreshold: '10000.00',
    disasterLossThreshold: '10000.00',
    warningWindowMonths: 12,
    disabilityWarningGrade: 2,
  };
  em.create(MonitoringPolicy, { divisionCode: '150000000000', year: 2019, incomeLine: '5000.00', ...regional });
  em.create(MonitoringPolicy, { divisionCode: '150000000000', year: 2021, incomeLine: '6000.00', ...regional });
  em.create(MonitoringPolicy, { divisionCode: '150000000000', year: year - 1, incomeLine: '7200.00', ...regional });
  em.create(MonitoringPolicy, { divisionCode: '150000000000', year, incomeLine: '7500.00', ...regional });
  em.create(MonitoringPolicy, { divisionCode: '150122000000', year, incomeLine: '8000.00' });
  await em.flush();
}
