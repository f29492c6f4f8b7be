/** The assistance enums' Chinese labels are generated from the schema (gql/enum-labels.ts). */
export {
  MEASURE_NATURE_LABELS,
  MEASURE_FIELD_LABELS,
  INCOME_SOURCE_LABELS,
  MEASURE_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  TEAM_ROLE_LABELS,
  INCOME_CHECK_LABELS,
  GAP_KIND_LABELS,
} from '../gql/enum-labels';
