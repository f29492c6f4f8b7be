import { ReferenceInput, AutocompleteInput, useRecordContext, useTranslate, type AutocompleteInputProps } from 'react-admin';
import { Chip, Stack, type ChipProps } from '@mui/material';
import type { HouseholdCategory } from '../gql/graphql';
import type { HouseholdListRecord } from '../dataProvider';
import { divisionOptionText } from '../divisions/DivisionFields';
import { HOUSEHOLD_CATEGORY_LABELS, HOUSEHOLD_FLAG_LABELS, HOUSEHOLD_STATUS_LABELS, choicesOf, type HouseholdFlag } from '../labels';
import type { FieldProps } from '../common/fields';

export const categoryChoices = choicesOf(HOUSEHOLD_CATEGORY_LABELS);
export const HOUSEHOLD_FLAGS = Object.keys(HOUSEHOLD_FLAG_LABELS) as HouseholdFlag[];

const CATEGORY_COLORS: Record<HouseholdCategory, ChipProps['color']> = {
  LIFTED_OUT: 'primary',
  UNSTABLE_LIFTED_OUT: 'warning',
  MARGINAL_AT_RISK: 'warning',
  SUDDEN_HARDSHIP: 'error',
  ORDINARY: 'default',
};

/** 户类别 as a chip. */
export const CategoryField = (_props: FieldProps) => {
  const record = useRecordContext<HouseholdListRecord>();
  if (!record?.category) return null;
  return (
    <Chip
      sx={{ alignSelf: 'flex-start' }}
      size="small"
      variant="outlined"
      color={CATEGORY_COLORS[record.category]}
      label={HOUSEHOLD_CATEGORY_LABELS[record.category]}
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
      {record.status !== 'ACTIVE' && <Chip size="small" color="default" label={HOUSEHOLD_STATUS_LABELS[record.status]} />}
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
