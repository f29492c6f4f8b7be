import { createElement } from 'react';
import RuleIcon from '@mui/icons-material/Rule';
import { RequireAccess } from '../common/RequireAccess';
import { lazyView } from '../common/lazyView';

const PolicyPage = lazyView(() => import('./PolicyPage'), 'PolicyPage');

const PolicyList = () =>
  createElement(
    RequireAccess,
    { resource: 'policies', action: 'list', title: 'app.policies.title' },
    createElement(PolicyPage),
  );

/** 监测标准：按区划、年度查看实际适用的标准及来源，设定本级标准。 */
export default {
  list: PolicyList,
  icon: RuleIcon,
};
