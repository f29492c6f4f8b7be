import { lazyView } from '../common/lazyView';

/** The home page, loaded after sign-in (its charts load later still, with the statistics panel). */
export const Dashboard = lazyView(() => import('./Dashboard'), 'Dashboard');
export default Dashboard;
