import {
  DataTable,
  Labeled,
  Link,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import type { DivisionRecord } from '../dataProvider';
import { LEVEL_LABELS } from '../labels';
import { LevelField } from './DivisionFields';
import { DeepPovertyField } from './DivisionDeepPoverty';

const ParentField = () => {
  const record = useRecordContext<DivisionRecord>();
  const createPath = useCreatePath();
  if (!record?.parent) return <Typography variant="body2">—</Typography>;
  return (
    <Link to={createPath({ resource: 'divisions', type: 'show', id: record.parent.code })}>
      {record.parent.name}（{LEVEL_LABELS[record.parent.level]}）
    </Link>
  );
};

const NoChildren = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.divisions.no_children')}
    </Typography>
  );
};

const DivisionTitle = () => {
  const record = useRecordContext<DivisionRecord>();
  const translate = useTranslate();
  return <>{record ? `${translate('resources.divisions.name')}：${record.name}` : ''}</>;
};

export const DivisionShow = () => (
  <Show title={<DivisionTitle />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <Labeled source="level">
        <LevelField />
      </Labeled>
      <Labeled source="deepPoverty" label="深度贫困地区">
        <DeepPovertyField />
      </Labeled>
      <Labeled source="parent">
        <ParentField />
      </Labeled>
      <ReferenceManyField
        reference="divisions"
        target="parentCode"
        label="app.divisions.children"
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        empty={<NoChildren />}
      >
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="name" disableSort />
          <DataTable.Col source="code" disableSort />
          <DataTable.Col source="level" disableSort>
            <LevelField />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);

export default DivisionShow;
