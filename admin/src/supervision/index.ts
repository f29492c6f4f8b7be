import { createElement } from 'react';
import InsightsIcon from '@mui/icons-material/Insights';
import { RequireAccess } from '../common/RequireAccess';
import { lazyView } from '../common/lazyView';

const SupervisionPage = lazyView(() => import('./SupervisionPage'), 'SupervisionPage');

const SupervisionList = () =>
  createElement(
    RequireAccess,
    { resource: 'supervision', action: 'list', title: 'app.supervision.title' },
    createElement(SupervisionPage),
  );

/** 监测督导：本区划及各下级的监测对象占比、逾期与各状态案卷数。 */
export default {
  list: SupervisionList,
  icon: InsightsIcon,
};
