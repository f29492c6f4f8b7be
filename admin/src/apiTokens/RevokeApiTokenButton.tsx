import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import BlockIcon from '@mui/icons-material/Block';
import type { ApiTokenRecord, ConsoleDataProvider } from '../dataProvider';

/** 注销: `revokeApiToken(id)` after a confirmation; hidden for tokens already revoked. */
export const RevokeApiTokenButton = () => {
  const record = useRecordContext<ApiTokenRecord>();
  const { canAccess } = useCanAccess({ resource: 'apiTokens', action: 'revoke', record });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  if (!record || !canAccess || record.revokedAt) return null;

  const handleConfirm = async () => {
    setLoading(true);
    try {
      await dataProvider.revokeApiToken(record.id);
      notify('app.apiTokens.revoked_done', { type: 'success' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
      setOpen(false);
      refresh();
    }
  };

  return (
    <>
      <Button
        label="app.apiTokens.revoke"
        color="error"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={loading}
        title={translate('app.apiTokens.revoke_title', { name: record.name ?? record.tokenPrefix })}
        content="app.apiTokens.revoke_content"
        onConfirm={handleConfirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
