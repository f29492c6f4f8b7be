import {
  AppBar as RaAppBar,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { Box, Chip, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import PlaceIcon from '@mui/icons-material/Place';
import PasswordIcon from '@mui/icons-material/Password';
import { useAccount } from './AccountContext';
import type { ConsoleIdentity } from '../authProvider';
import { LEVEL_LABELS } from '../labels';

/** The signed-in user's division and level, shown left of the user menu. */
const DivisionBadge = () => {
  const { identity } = useGetIdentity();
  const division = (identity as ConsoleIdentity | undefined)?.division;
  if (!division) return null;
  return (
    <Chip
      icon={<PlaceIcon />}
      label={`${division.name} · ${LEVEL_LABELS[division.level]}`}
      size="small"
      data-testid="appbar-division"
      sx={{
        mr: 1,
        color: 'inherit',
        borderColor: 'rgba(255,255,255,0.5)',
        '& .MuiChip-icon': { color: 'inherit' },
        display: { xs: 'none', sm: 'inline-flex' },
      }}
      variant="outlined"
    />
  );
};

const ChangePasswordMenuItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const { openChangePassword } = useAccount();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        openChangePassword();
      }}
    >
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.account.change_password')}</ListItemText>
    </MenuItem>
  );
};

const ConsoleUserMenu = () => (
  <UserMenu>
    <ChangePasswordMenuItem />
    <Logout />
  </UserMenu>
);

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar color="primary" userMenu={<ConsoleUserMenu />}>
      {/* On a phone the bar has room for one name: the page's (监测案卷, 部门预警…), not the platform's. */}
      <Typography
        variant="h6"
        component="span"
        noWrap
        sx={{ fontWeight: 600, mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', sm: 'inline' } }}
      >
        {translate('app.title')}
      </Typography>
      <TitlePortal
        variant="subtitle1"
        sx={{ opacity: 0.85, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
      />
      <Box sx={{ flex: 1 }} />
      <DivisionBadge />
    </RaAppBar>
  );
};

export default AppBar;
