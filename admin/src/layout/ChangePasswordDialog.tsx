import { useState } from 'react';
import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { ApiError, graphqlRequest } from '../dataProvider/graphqlRequest';
import { ChangePasswordMutation } from '../dataProvider/operations';
import { getSessionUser, markPasswordChanged } from '../session';

/** 修改密码 for the signed-in user (`changePassword(oldPassword, newPassword)`). */
export const ChangePasswordDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { refetch } = useGetIdentity();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ oldPassword?: string; newPassword?: string }>({});
  const [loading, setLoading] = useState(false);
  const mismatch = confirmation.length > 0 && confirmation !== newPassword;

  const close = () => {
    setOldPassword('');
    setNewPassword('');
    setConfirmation('');
    setErrors({});
    onClose();
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!oldPassword || !newPassword || newPassword !== confirmation) return;
    setLoading(true);
    setErrors({});
    try {
      await graphqlRequest(ChangePasswordMutation, { oldPassword, newPassword });
      const wasRequired = Boolean(getSessionUser()?.mustChangePassword);
      markPasswordChanged();
      // Menus and permissions were withheld until now: start over with the account's own.
      if (wasRequired) window.location.reload();
      await refetch();
      notify('app.account.changed', { type: 'success' });
      close();
    } catch (error) {
      const message = error instanceof Error ? error.message : translate('ra.notification.http_error');
      if (error instanceof ApiError && error.field === 'oldPassword') setErrors({ oldPassword: message });
      else setErrors({ newPassword: message });
      notify(message, { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Dialog open={open} onClose={loading ? undefined : close} maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{translate('app.account.change_password')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            type="password"
            name="oldPassword"
            autoComplete="current-password"
            label={translate('app.account.old_password')}
            value={oldPassword}
            onChange={(event) => setOldPassword(event.target.value)}
            error={Boolean(errors.oldPassword)}
            helperText={errors.oldPassword ?? ' '}
          />
          <TextField
            fullWidth
            margin="dense"
            type="password"
            name="newPassword"
            autoComplete="new-password"
            label={translate('app.account.new_password')}
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
            error={Boolean(errors.newPassword)}
            helperText={errors.newPassword ?? ' '}
          />
          <TextField
            fullWidth
            margin="dense"
            type="password"
            name="confirmPassword"
            autoComplete="new-password"
            label={translate('app.account.confirm_password')}
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
            error={mismatch}
            helperText={mismatch ? translate('app.account.password_mismatch') : ' '}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={loading}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={loading || !oldPassword || !newPassword || newPassword !== confirmation}
          >
            {translate('app.account.change_password')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};

export default ChangePasswordDialog;
