import { useRecordContext, useTranslate } from 'react-admin';
import { Chip, Stack } from '@mui/material';
import type { UserRecord } from '../dataProvider';
import { DEPARTMENT_LABELS } from '../labels';
import { useRoleLabels } from '../useRoleLabels';

/** The user's roles as Chinese chips. */
export const RolesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<UserRecord>();
  const labels = useRoleLabels();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.roles.map((role) => (
        <Chip key={role} label={labels[role] ?? role} size="small" />
      ))}
    </Stack>
  );
};

/** 正常 / 已停用. */
export const UserStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.disabled ? (
    <Chip label={translate('app.status.disabled')} size="small" color="default" variant="filled" />
  ) : (
    <Chip label={translate('app.status.active')} size="small" color="success" variant="outlined" />
  );
};

export const DepartmentField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<UserRecord>();
  if (!record?.department) return <>—</>;
  return <>{DEPARTMENT_LABELS[record.department]}</>;
};
