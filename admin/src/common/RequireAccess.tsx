import type { ReactNode } from 'react';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { Alert, Box } from '@mui/material';

/** Custom pages (not a react-admin List) check the permission table themselves. */
export const RequireAccess = ({
  resource,
  action,
  title,
  children,
}: {
  resource: string;
  action: string;
  title: string;
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ resource, action });
  if (isPending) return null;
  if (!canAccess) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={translate(title)} />
        <Alert severity="error">{translate('ra.message.access_denied')}</Alert>
      </Box>
    );
  }
  return <>{children}</>;
};
