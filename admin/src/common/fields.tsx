import { DateField as RaDateField, useRecordContext, type DateFieldProps } from 'react-admin';
import { Chip, Typography, type ChipProps } from '@mui/material';
import { formatMoney } from '../format';
import { getSessionUser } from '../session';

/** Field props react-admin reads for labels and sorting. */
export interface FieldProps {
  source?: string;
  label?: string;
  sortable?: boolean;
}

export function getPath(record: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      record,
    );
}

/** What a personal value withheld from the reader reads as ("—" means there is none). */
export const MASKED = '已脱敏';

/** An enum value as its Chinese label, optionally as a chip. */
export const EnumField = ({
  source,
  labels,
  chip,
  color,
  empty = '—',
}: FieldProps & {
  source: string;
  labels: Record<string, string>;
  chip?: boolean;
  color?: (value: string) => ChipProps['color'];
  empty?: string;
}) => {
  const record = useRecordContext();
  const value = getPath(record, source);
  if (value === null || value === undefined || value === '') return <>{empty}</>;
  const label = labels[String(value)] ?? String(value);
  if (!chip) return <>{label}</>;
  return <Chip size="small" variant="outlined" color={color?.(String(value)) ?? 'default'} label={label} />;
};

/** An amount in yuan ("1234.50" → "1,234.50"), right-aligned in tables by the column's align. */
export const MoneyField = ({ source, empty = '—' }: FieldProps & { source: string; empty?: string }) => {
  const record = useRecordContext();
  const value = getPath(record, source);
  const text = formatMoney(value);
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {text || empty}
    </Typography>
  );
};

/** 是 / 否. */
export const YesNoField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const value = getPath(record, source);
  if (value === null || value === undefined) return <>—</>;
  return <>{value ? '是' : '否'}</>;
};

/**
 * A date or time in China Standard Time whatever the browser's time zone (the API's dates are
 * Chinese calendar days; a time must read the same in a list and on its page).
 */
export const DateField = (props: DateFieldProps) => (
  <RaDateField locales="zh-CN" {...props} options={{ hour12: false, ...props.options, timeZone: 'Asia/Shanghai' }} />
);

const LEVEL_DEPTH: Record<string, number> = { PROVINCE: 0, CITY: 1, COUNTY: 2, TOWNSHIP: 3, VILLAGE: 4 };

type Place = { name: string; level: string; ancestors?: Array<{ name: string; level: string }> | null };

/**
 * A village with the places above it that the reader needs to tell it apart (东营村 exists under
 * two townships): its township for a county user, county and township for a city user.
 */
export function placeName(place: Place | null | undefined, readerLevel = getSessionUser()?.division?.level): string {
  if (!place) return '';
  const below = LEVEL_DEPTH[readerLevel ?? 'VILLAGE'] ?? 4;
  const above = (place.ancestors ?? []).filter((ancestor) => (LEVEL_DEPTH[ancestor.level] ?? 0) > below);
  return [...above.map((ancestor) => ancestor.name), place.name].join(' ');
}

export const PlaceField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  return <>{placeName(getPath(record, source) as Place | null)}</>;
};
