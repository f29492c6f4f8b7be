import { useEffect, useState } from 'react';
import { Login, LoginForm, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Typography } from '@mui/material';
import { takeSessionExpired } from '../session';

/**
 * react-admin's sign-in page with the platform's name above the form. Whatever the console still
 * holds from an earlier session (its identity, lists of another jurisdiction) is dropped here, so the
 * next person never sees the last one's name or records, even when that session ended without a
 * sign-out (expired, or cleared in the browser).
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  // Read once: after an expired or revoked session, say why the form is back.
  const [expired] = useState(takeSessionExpired);
  useEffect(() => {
    queryClient.clear();
  }, [queryClient]);
  return (
    <Login>
      <Box sx={{ textAlign: 'center', px: 2 }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 600 }}>
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.subtitle')}
        </Typography>
      </Box>
      {expired && (
        <Alert severity="warning" sx={{ mx: 2, mt: 2 }} data-testid="session-expired">
          会话已过期，请重新登录
        </Alert>
      )}
      <LoginForm />
    </Login>
  );
};

export default LoginPage;
