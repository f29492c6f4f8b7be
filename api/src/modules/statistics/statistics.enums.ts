import { registerEnum } from '../../common/enum-labels';
import { REGISTRATION_STATUS_LABELS } from '../households/household.enums';
import { MONITORING_CATEGORY_LABELS } from '../households/household.enums';

/**
 * 统计类别 of `regionStatistics.byCategory`: the two registration statuses (every registered
 * household) and the three monitoring categories (monitored households). The values are those of
 * `RegistrationStatus` and `MonitoringCategory`, so a dashboard keeps its keys.
 */
export enum StatisticsCategory {
  LIFTED_OUT = 'LIFTED_OUT',
  UNSTABLE_LIFTED_OUT = 'UNSTABLE_LIFTED_OUT',
  MARGINAL_AT_RISK = 'MARGINAL_AT_RISK',
  SUDDEN_HARDSHIP = 'SUDDEN_HARDSHIP',
  ORDINARY = 'ORDINARY',
}

export const STATISTICS_CATEGORY_LABELS = registerEnum(
  StatisticsCategory,
  'StatisticsCategory',
  '统计类别：建档立卡登记状态（脱贫户、一般农户）及监测对象类别',
  {
    LIFTED_OUT: REGISTRATION_STATUS_LABELS.LIFTED_OUT,
    UNSTABLE_LIFTED_OUT: MONITORING_CATEGORY_LABELS.UNSTABLE_LIFTED_OUT,
    MARGINAL_AT_RISK: MONITORING_CATEGORY_LABELS.MARGINAL_AT_RISK,
    SUDDEN_HARDSHIP: MONITORING_CATEGORY_LABELS.SUDDEN_HARDSHIP,
    ORDINARY: REGISTRATION_STATUS_LABELS.ORDINARY,
  },
);
