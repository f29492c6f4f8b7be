import { createElement, type ComponentType } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import ListAltIcon from '@mui/icons-material/ListAlt';
import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import { RequireAccess } from '../common/RequireAccess';
import { lazyView } from '../common/lazyView';

const CataloguePage = lazyView(() => import('./AssistancePages'), 'CataloguePage');
const ContactsPage = lazyView(() => import('./AssistancePages'), 'ContactsPage');
const GapReportPage = lazyView(() => import('./AssistancePages'), 'GapReportPage');
const MyHouseholdsPage = lazyView(() => import('./AssistancePages'), 'MyHouseholdsPage');
const VisitPage = lazyView(() => import('./VisitPage'), 'VisitPage');

const guarded = (resource: string, title: string, page: ComponentType) => () =>
  createElement(RequireAccess, { resource, action: 'list', title }, createElement(page));

/**
 * 帮扶 pages, each mounted as a resource with only a list view (so the menu shows those the
 * account may use). Permissions: the console's one table, admin/src/permissions.ts.
 */
export const assistanceResources = {
  visits: { list: guarded('visits', '走访登记', VisitPage), icon: DirectionsWalkIcon, options: { label: '走访登记' } },
  myHouseholds: {
    list: guarded('myHouseholds', '我的帮扶户', MyHouseholdsPage),
    icon: HomeWorkIcon,
    options: { label: '我的帮扶户' },
  },
  assistanceGaps: {
    list: guarded('assistanceGaps', '帮扶缺口', GapReportPage),
    icon: FactCheckIcon,
    options: { label: '帮扶缺口' },
  },
  contactPeople: {
    list: guarded('contactPeople', '帮扶联系人', ContactsPage),
    icon: ContactPhoneIcon,
    options: { label: '帮扶联系人' },
  },
  measureKinds: {
    list: guarded('measureKinds', '帮扶措施目录', CataloguePage),
    icon: ListAltIcon,
    options: { label: '帮扶措施目录' },
  },
};
