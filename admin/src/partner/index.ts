import { createElement, lazy, Suspense } from 'react';
import HealthAndSafetyIcon from '@mui/icons-material/HealthAndSafety';
import { RequireAccess } from '../common/RequireAccess';
import { lazyView } from '../common/lazyView';
import type { Role } from '../gql/graphql';
import { PARTNER_ROLES } from '../labels';

const InsurerPage = lazyView(() => import('./insurer/InsurerPage'), 'InsurerPage');
const LazyPartnerHome = lazy(() => import('./PartnerHome'));
export const PartnerHome = (props: { roles: readonly Role[] }) =>
  createElement(Suspense, { fallback: null }, createElement(LazyPartnerHome, props));

/**
 * Like the API: an account holding only partner roles (insurer, dashboard) is a partner, and may
 * send only the public contract's operations; its pages are these.
 */
export const isPartnerSession = (roles: readonly Role[]) =>
  roles.length > 0 && roles.every((role) => PARTNER_ROLES.includes(role));

/** 防贫保理赔 for the insurer's staff: check a loss, file the claim, follow the claims. */
export const insurerClaims = {
  list: () =>
    createElement(
      RequireAccess,
      { resource: 'insurerClaims', action: 'list', title: '防贫保理赔' },
      createElement(InsurerPage),
    ),
  icon: HealthAndSafetyIcon,
  options: { label: '防贫保理赔' },
};
