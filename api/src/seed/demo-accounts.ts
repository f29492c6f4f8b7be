import { Role } from '../auth/roles';
import { Department } from '../modules/users/department';

/** The demo password: outside checks and the README rely on it. Demo data only. */
export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  divisionCode: string;
  roles: Role[];
  department?: Department;
  phone?: string;
  /** Listed in the README and printed at start. */
  documented: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'province_admin',
    displayName: '自治区管理员',
    divisionCode: '150000000000',
    roles: [Role.PROVINCE_OFFICER, Role.USER_ADMIN],
    phone: '13947100001',
    documented: true,
  },
  {
    username: 'city_admin',
    displayName: '呼和浩特市管理员',
    divisionCode: '150100000000',
    roles: [Role.CITY_OFFICER, Role.USER_ADMIN],
    phone: '13947100002',
    documented: true,
  },
  // 三员分立: the county's business officer and its user administrator are two accounts.
  {
    username: 'county_admin',
    displayName: '土默特左旗管理员',
    divisionCode: '150121000000',
    roles: [Role.COUNTY_OFFICER],
    phone: '13947100003',
    documented: true,
  },
  {
    username: 'county_user_admin',
    displayName: '土默特左旗用户管理员',
    divisionCode: '150121000000',
    roles: [Role.USER_ADMIN],
    phone: '13947100012',
    documented: true,
  },
  {
    username: 'county_admin_2',
    displayName: '托克托县管理员',
    divisionCode: '150122000000',
    roles: [Role.COUNTY_OFFICER],
    phone: '13947100004',
    documented: true,
  },
  {
    username: 'county_user_admin_2',
    displayName: '托克托县用户管理员',
    divisionCode: '150122000000',
    roles: [Role.USER_ADMIN],
    documented: false,
  },
  {
    username: 'township_officer',
    displayName: '察素齐镇审核员',
    divisionCode: '150121100000',
    roles: [Role.TOWNSHIP_REVIEWER],
    phone: '13947100005',
    documented: true,
  },
  {
    username: 'village_officer',
    displayName: '东营村信息员',
    divisionCode: '150121100201',
    roles: [Role.VILLAGE_OFFICER],
    phone: '13947100006',
    documented: true,
  },
  {
    username: 'department_medical',
    displayName: '土默特左旗医保局',
    divisionCode: '150121000000',
    roles: [Role.DEPARTMENT_USER],
    department: Department.MEDICAL_INSURANCE,
    phone: '13947100007',
    documented: true,
  },
  {
    username: 'insurer',
    displayName: '防贫保承保公司专员',
    divisionCode: '150100000000',
    roles: [Role.INSURER],
    phone: '13947100008',
    documented: true,
  },
  {
    username: 'dashboard',
    displayName: '市级数据看板',
    divisionCode: '150100000000',
    roles: [Role.DASHBOARD],
    documented: true,
  },
  {
    username: 'auditor',
    displayName: '审计员',
    divisionCode: '150000000000',
    roles: [Role.AUDITOR],
    phone: '13947100010',
    documented: true,
  },
  {
    username: 'security_admin',
    displayName: '安全管理员',
    divisionCode: '150000000000',
    roles: [Role.SECURITY_ADMIN],
    phone: '13947100011',
    documented: true,
  },
  // More officers, so lists show what lies inside and outside a county.
  {
    username: 'bkq_township_officer',
    displayName: '毕克齐镇审核员',
    divisionCode: '150121101000',
    roles: [Role.TOWNSHIP_REVIEWER],
    documented: false,
  },
  {
    username: 'bkq_village_officer',
    displayName: '毕克齐镇村信息员',
    divisionCode: '150121101201',
    roles: [Role.VILLAGE_OFFICER],
    documented: false,
  },
  {
    username: 'tkt_township_officer',
    displayName: '双河镇审核员',
    divisionCode: '150122100000',
    roles: [Role.TOWNSHIP_REVIEWER],
    documented: false,
  },
  {
    username: 'tkt_village_officer',
    displayName: '双河镇村信息员',
    divisionCode: '150122100201',
    roles: [Role.VILLAGE_OFFICER],
    documented: false,
  },
  {
    username: 'hlge_county_officer',
    displayName: '和林格尔县业务员',
    divisionCode: '150123000000',
    roles: [Role.COUNTY_OFFICER],
    documented: false,
  },
];
