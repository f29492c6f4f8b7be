import { useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import type { ApiTokenRecord } from '../dataProvider';
import { ROLE_LABELS } from '../labels';

export const tokenState = (token: ApiTokenRecord, now = Date.now()) =>
  token.revokedAt ? 'revoked' : token.expiresAt && Date.parse(token.expiresAt) <= now ? 'expired' : 'valid';

/** 有效 / 已过期 / 已注销. */
export const TokenStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ApiTokenRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const state = tokenState(record);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={state === 'valid' ? 'success' : 'default'}
      label={translate(`app.status.${state}`)}
    />
  );
};

export const TokenRoleField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ApiTokenRecord>();
  if (!record?.role) return null;
  return <>{ROLE_LABELS[record.role]}</>;
};
