import { useRecordContext } from 'react-admin';
import { Chip, type ChipProps } from '@mui/material';
import type { CaseState } from '../gql/graphql';
import { CASE_STATE_LABELS, MONITORING_CATEGORY_LABELS, RISK_SOURCE_LABELS, choicesOf } from '../labels';
import type { FieldProps } from '../common/fields';

export const caseStateChoices = choicesOf(CASE_STATE_LABELS);
export const monitoringCategoryChoices = choicesOf(MONITORING_CATEGORY_LABELS);
export const riskSourceChoices = choicesOf(RISK_SOURCE_LABELS);

export const CASE_STATE_COLORS: Record<CaseState, ChipProps['color']> = {
  LEAD: 'info',
  SURVEY: 'info',
  VILLAGE_REVIEW: 'primary',
  TOWNSHIP_REVIEW: 'primary',
  COUNTY_REVIEW: 'primary',
  MONITORED: 'warning',
  EXIT_VILLAGE_REVIEW: 'secondary',
  EXIT_TOWNSHIP_REVIEW: 'secondary',
  EXIT_COUNTY_REVIEW: 'secondary',
  RISK_ELIMINATED: 'success',
  DISMISSED: 'default',
};

export const CaseStateChip = ({
  state,
  size = 'small',
  testId,
}: {
  state: CaseState;
  size?: ChipProps['size'];
  testId?: string;
}) => (
  <Chip
    size={size}
    color={CASE_STATE_COLORS[state]}
    variant={size === 'medium' ? 'filled' : 'outlined'}
    label={CASE_STATE_LABELS[state]}
    data-testid={testId}
  />
);

/** The record's state as a chip (监测程序状态). */
export const CaseStateField = (_props: FieldProps) => {
  const record = useRecordContext<{ state: CaseState }>();
  if (!record) return null;
  return <CaseStateChip state={record.state} />;
};
