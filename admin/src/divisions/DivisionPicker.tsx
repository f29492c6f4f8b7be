import { useEffect, useMemo, useState } from 'react';
import { useGetList, useGetOne, useTranslate } from 'react-admin';
import { Autocomplete, TextField } from '@mui/material';
import type { DivisionRecord } from '../dataProvider';
import { divisionOptionText } from './DivisionFields';

/**
 * A division picker outside a form (the policy and supervision pages): type part of a name,
 * choose among the jurisdiction's divisions. `value` is a 12-digit code.
 */
export const DivisionPicker = ({
  value,
  onChange,
  label,
  sx,
}: {
  value: string | null;
  onChange: (code: string | null) => void;
  label?: string;
  sx?: object;
}) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const { data: options = [], isPending } = useGetList<DivisionRecord>('divisions', {
    filter: search ? { q: search } : {},
    pagination: { page: 1, perPage: 25 },
    sort: { field: 'code', order: 'ASC' },
  });
  const { data: selected } = useGetOne<DivisionRecord>('divisions', { id: value ?? '' }, { enabled: Boolean(value) });
  const all = useMemo(() => {
    const list = [...options];
    if (selected && !list.some((d) => d.code === selected.code)) list.unshift(selected);
    return list;
  }, [options, selected]);
  return (
    <Autocomplete
      options={all}
      value={selected ?? null}
      loading={isPending}
      getOptionLabel={(option) => divisionOptionText(option)}
      isOptionEqualToValue={(a, b) => a.code === b.code}
      filterOptions={(list) => list}
      onChange={(_event, division) => onChange(division?.code ?? null)}
      onInputChange={(_event, input, reason) => {
        if (reason === 'input') setText(input);
        if (reason === 'clear') setText('');
      }}
      renderInput={(params) => (
        <TextField {...params} size="small" label={label ?? translate('resources.divisions.name')} />
      )}
      sx={{ width: 420, maxWidth: '100%', ...sx }}
      data-testid="division-picker"
    />
  );
};

export default DivisionPicker;
