import { Link, useCreatePath, useGetManyReference, useRecordContext, useTranslate } from 'react-admin';
import { Box, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import type { DivisionRecord } from '../dataProvider';
import { LEVEL_LABELS } from '../labels';

/** Expand panel of the division list: the direct children (`divisions(parentCode:)`), each linking to its page. */
export const DivisionChildrenPanel = () => {
  const record = useRecordContext<DivisionRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, total, isPending, error } = useGetManyReference<DivisionRecord>(
    'divisions',
    {
      target: 'parentCode',
      id: record?.code ?? '',
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'code', order: 'ASC' },
      filter: {},
    },
    { enabled: Boolean(record?.code) },
  );
  if (!record) return null;
  return (
    <Box sx={{ py: 1.5, px: 2 }} data-testid={`division-children-${record.code}`}>
      <Typography variant="subtitle2" gutterBottom>
        {translate('app.divisions.children')}
        {typeof total === 'number' ? `（${total}）` : ''}
      </Typography>
      {isPending ? (
        <CircularProgress size={20} />
      ) : error ? (
        <Typography color="error" variant="body2">
          {(error as Error).message}
        </Typography>
      ) : !data?.length ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.divisions.no_children')}
        </Typography>
      ) : (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {data.map((child) => (
            <Chip
              key={child.code}
              component={Link}
              to={createPath({ resource: 'divisions', type: 'show', id: child.code })}
              clickable
              size="small"
              label={`${child.name}（${LEVEL_LABELS[child.level]}）`}
            />
          ))}
          {typeof total === 'number' && total > data.length && (
            <Typography variant="body2" color="text.secondary">
              …
            </Typography>
          )}
        </Stack>
      )}
    </Box>
  );
};

export default DivisionChildrenPanel;
