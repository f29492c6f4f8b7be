import { Login, LoginForm, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';

/** react-admin's sign-in page with the platform's name above the form. */
export const LoginPage = () => {
  const translate = useTranslate();
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
      <LoginForm />
    </Login>
  );
};

export default LoginPage;
