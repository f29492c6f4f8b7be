import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import LockResetIcon from '@mui/icons-material/LockReset';
import type { ConsoleDataProvider, UserRecord } from '../dataProvider';

const errorMessage = (error: unknown) =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

/** 停用 / 启用: `setUserDisabled(id, version, disabled)`, after a confirmation. */
export const ToggleDisabledButton = () => {
  const record = useRecordContext<UserRecord>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'disable', record });
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  if (!record || !canAccess || record.id === identity?.id) return null;
  const disabling = !record.disabled;

  const handleConfirm = async () => {
    setLoading(true);
    try {
      await dataProvider.setUserDisabled(record, disabling);
      notify(disabling ? 'app.users.disabled_done' : 'app.users.enabled_done', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
      setOpen(false);
      refresh();
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button
        label={disabling ? 'app.users.disable' : 'app.users.enable'}
        color={disabling ? 'error' : 'primary'}
        onClick={() => setOpen(true)}
        data-testid="toggle-disabled"
      >
        {disabling ? <BlockIcon /> : <CheckCircleIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={loading}
        title={translate(disabling ? 'app.users.disable_title' : 'app.users.enable_title', {
          name: record.displayName,
        })}
        content={disabling ? 'app.users.disable_content' : 'app.users.enable_content'}
        onConfirm={handleConfirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** 重置密码: a dialog asking for the new password twice, then `resetUserPassword(id, version, newPassword)`. */
export const ResetPasswordButton = () => {
  const record = useRecordContext<UserRecord>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'resetPassword', record });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [loading, setLoading] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  if (!record || !canAccess) return null;

  const mismatch = confirmation.length > 0 && password !== confirmation;
  const close = () => {
    setOpen(false);
    setPassword('');
    setConfirmation('');
    setServerError(null);
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!password || password !== confirmation) return;
    setLoading(true);
    setServerError(null);
    try {
      await dataProvider.resetUserPassword(record, password);
      notify('app.users.password_reset_done', { type: 'success' });
      close();
      refresh();
    } catch (error) {
      const message = errorMessage(error);
      setServerError(translate(message, { _: message }));
      notify(message, { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button label="app.users.reset_password" onClick={() => setOpen(true)} data-testid="reset-password">
        <LockResetIcon />
      </Button>
      <Dialog open={open} onClose={loading ? undefined : close} maxWidth="xs" fullWidth>
        <form onSubmit={submit} noValidate>
          <DialogTitle>{translate('app.users.reset_password_title', { name: record.displayName })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('app.users.reset_password_help')}</DialogContentText>
            <TextField
              autoFocus
              fullWidth
              margin="dense"
              type="password"
              name="newPassword"
              autoComplete="new-password"
              label={translate('app.users.new_password')}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={Boolean(serverError)}
              helperText={serverError ?? ' '}
            />
            <TextField
              fullWidth
              margin="dense"
              type="password"
              name="confirmPassword"
              autoComplete="new-password"
              label={translate('app.users.confirm_password')}
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              error={mismatch}
              helperText={mismatch ? translate('app.users.password_mismatch') : ' '}
            />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={close} disabled={loading}>
              {translate('ra.action.cancel')}
            </MuiButton>
            <MuiButton type="submit" variant="contained" disabled={loading || !password || password !== confirmation}>
              {translate('app.users.reset_password')}
            </MuiButton>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
