/** The ledger enums' Chinese labels are generated from the schema (gql/enum-labels.ts). */
export {
  ASSET_CLASS_LABELS,
  ASSET_TYPE_LABELS,
  ASSET_STATUS_LABELS,
  FUNDING_SOURCE_LABELS,
  ASSET_EVENT_KIND_LABELS,
  PROJECT_STATE_LABELS,
  PROJECT_ACTION_LABELS,
  PRIORITY_REASON_LABELS,
} from '../gql/enum-labels';
