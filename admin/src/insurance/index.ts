import { createElement, type ComponentType } from 'react';
import HealthAndSafetyIcon from '@mui/icons-material/HealthAndSafety';
import PolicyIcon from '@mui/icons-material/Policy';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { RequireAccess } from '../common/RequireAccess';
import { lazyView } from '../common/lazyView';

const ClaimPage = lazyView(() => import('./ClaimPage'), 'ClaimPage');
const ClaimQueue = lazyView(() => import('./ClaimQueue'), 'ClaimQueue');
const PolicyEditor = lazyView(() => import('./PolicyEditor'), 'PolicyEditor');
const SummaryPage = lazyView(() => import('./SummaryPage'), 'SummaryPage');

const guard = (resource: string, action: string, title: string, page: ComponentType) => () =>
  createElement(RequireAccess, { resource, action, title }, createElement(page));

/** 防贫保理赔审核（县级）: the queue and the claim page. */
export const insuranceClaims = {
  list: guard('insuranceClaims', 'list', '防贫保理赔审核', ClaimQueue),
  show: guard('insuranceClaims', 'show', '防贫保理赔', ClaimPage),
  icon: HealthAndSafetyIcon,
  options: { label: '防贫保理赔' },
};

/** 防贫保保单 with the payout calculator. */
export const insurancePolicies = {
  list: guard('insurancePolicies', 'list', '防贫保保单', PolicyEditor),
  icon: PolicyIcon,
  options: { label: '防贫保保单' },
};

/** 承保机构年度汇总. */
export const insuranceSummary = {
  list: guard('insuranceSummary', 'list', '防贫保汇总', SummaryPage),
  icon: AssessmentIcon,
  options: { label: '防贫保汇总' },
};
