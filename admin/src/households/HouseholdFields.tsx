import {
  ReferenceInput,
  AutocompleteInput,
  useRecordContext,
  useTranslate,
  type AutocompleteInputProps,
} from 'react-admin';
import { Chip, Stack, type ChipProps } from '@mui/material';
import type { HouseholdListRecord } from '../dataProvider';
import { divisionOptionText } from '../divisions/DivisionFields';
import {
  MONITORING_CATEGORY_LABELS,
  REGISTRATION_STATUS_LABELS,
  HOUSEHOLD_FLAG_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  choicesOf,
  type HouseholdFlag,
} from '../labels';
import type { FieldProps } from '../common/fields';

export const registrationStatusChoices = choicesOf(REGISTRATION_STATUS_LABELS);
export const monitoringCategoryFilterChoices = choicesOf(MONITORING_CATEGORY_LABELS);
export const HOUSEHOLD_FLAGS = Object.keys(HOUSEHOLD_FLAG_LABELS) as HouseholdFlag[];

const MONITORING_COLORS: Record<keyof typeof MONITORING_CATEGORY_LABELS, ChipProps['color']> = {
  UNSTABLE_LIFTED_OUT: 'warning',
  MARGINAL_AT_RISK: 'warning',
  SUDDEN_HARDSHIP: 'error',
};

/** 脱贫户（年度）/ 一般农户, the permanent registration. */
export const RegistrationField = (_props: FieldProps) => {
  const record = useRecordContext<HouseholdListRecord>();
  if (!record?.registrationStatus) return null;
  const year = record.registrationStatus === 'LIFTED_OUT' && record.liftedOutYear ? `（${record.liftedOutYear}）` : '';
  return (
    <Chip
      sx={{ alignSelf: 'flex-start' }}
      size="small"
      variant="outlined"
      color={record.registrationStatus === 'LIFTED_OUT' ? 'primary' : 'default'}
      label={`${REGISTRATION_STATUS_LABELS[record.registrationStatus]}${year}`}
    />
  );
};

/** The monitoring category while monitored (set by the county confirmation); — otherwise. */
export const MonitoringCategoryField = (_props: FieldProps) => {
  const record = useRecordContext<HouseholdListRecord>();
  if (!record?.monitoringCategory) return <>—</>;
  return (
    <Chip
      sx={{ alignSelf: 'flex-start' }}
      size="small"
      color={MONITORING_COLORS[record.monitoringCategory]}
      label={MONITORING_CATEGORY_LABELS[record.monitoringCategory]}
      title={record.monitoredSince ? `自 ${record.monitoredSince} 起` : undefined}
    />
  );
};

/** The flags that are set (整户无劳动能力 · 低保户 · 特困户 · 易地搬迁户), and 已归档. */
export const FlagsField = (_props: FieldProps) => {
  const record = useRecordContext<HouseholdListRecord>();
  if (!record) return null;
  const flags = HOUSEHOLD_FLAGS.filter((flag) => record[flag]);
  if (!flags.length && record.status === 'ACTIVE') return <>—</>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.status !== 'ACTIVE' && (
        <Chip size="small" color="default" label={HOUSEHOLD_STATUS_LABELS[record.status]} />
      )}
      {flags.map((flag) => (
        <Chip key={flag} size="small" variant="outlined" label={HOUSEHOLD_FLAG_LABELS[flag]} />
      ))}
    </Stack>
  );
};

/** 户主 name, or a hint when the household has none. */
export const HeadNameField = (_props: FieldProps) => {
  const record = useRecordContext<HouseholdListRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{record.head?.name ?? translate('app.households.no_head')}</>;
};

/** Village picker: households are registered at village level. */
export const VillageInput = ({
  source = 'divisionCode',
  label,
  helperText,
  validate,
  ...rest
}: { source?: string; label?: string } & Partial<AutocompleteInputProps>) => (
  <ReferenceInput source={source} reference="divisions" filter={{ level: 'VILLAGE' }} perPage={25}>
    <AutocompleteInput
      label={label}
      optionText={divisionOptionText}
      filterToQuery={(text: string) => ({ q: text })}
      helperText={helperText ?? 'app.households.village_help'}
      validate={validate}
      sx={{ minWidth: 320 }}
      {...rest}
    />
  </ReferenceInput>
);
