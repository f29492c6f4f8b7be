import {
  AutocompleteInput,
  FunctionField,
  ReferenceInput,
  useRecordContext,
  type AutocompleteInputProps,
} from 'react-admin';
import { Chip } from '@mui/material';
import type { DivisionRecord } from '../dataProvider';
import { LEVEL_LABELS, choicesOf } from '../labels';

export const levelChoices = choicesOf(LEVEL_LABELS);

const LEVEL_COLORS = {
  PROVINCE: 'error',
  CITY: 'warning',
  COUNTY: 'primary',
  TOWNSHIP: 'info',
  VILLAGE: 'success',
} as const;

/** The division's level as a Chinese chip (省级/市级/县级/乡级/村级). */
export const LevelField = ({ source = 'level' }: { source?: string; label?: string }) => {
  const record = useRecordContext<DivisionRecord>();
  const level = record?.[source as 'level'];
  if (!level) return null;
  return <Chip size="small" variant="outlined" color={LEVEL_COLORS[level]} label={LEVEL_LABELS[level]} />;
};

export const divisionOptionText = (division: DivisionRecord) =>
  division ? `${division.name}（${LEVEL_LABELS[division.level]} ${division.code}）` : '';

/** Name with level, e.g. 土默特左旗（县级）. */
export const DivisionNameField = ({ source = 'division' }: { source?: string; label?: string }) => (
  <FunctionField
    source={source}
    render={(record: Record<string, unknown>) => {
      const division = record[source] as DivisionRecord | null | undefined;
      return division ? `${division.name}（${LEVEL_LABELS[division.level]}）` : String(record[`${source}Code`] ?? '');
    }}
  />
);

/** Division picker: type part of a name, choose among the divisions of the jurisdiction. */
export const DivisionInput = ({
  source = 'divisionCode',
  label,
  helperText,
  validate,
  alwaysOn,
  ...rest
}: { source?: string; label?: string; alwaysOn?: boolean } & Partial<AutocompleteInputProps>) => (
  <ReferenceInput source={source} reference="divisions" alwaysOn={alwaysOn} perPage={25}>
    <AutocompleteInput
      label={label}
      optionText={divisionOptionText}
      filterToQuery={(text: string) => ({ q: text })}
      helperText={helperText ?? 'app.users.division_help'}
      validate={validate}
      sx={{ minWidth: 280 }}
      {...rest}
    />
  </ReferenceInput>
);
