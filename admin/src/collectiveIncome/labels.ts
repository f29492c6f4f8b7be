/** The collective income enums' Chinese labels are generated from the schema (gql/enum-labels.ts). */
export {
  DISTRIBUTION_LINE_KIND_LABELS,
  PLAN_STATE_LABELS,
  PLAN_ACTION_LABELS,
  PLAN_GUARD_LABELS,
  PAYMENT_METHOD_LABELS,
} from '../gql/enum-labels';
