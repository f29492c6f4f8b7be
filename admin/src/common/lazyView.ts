import { createElement, lazy, type ComponentType } from 'react';

/**
 * A view loaded with its route: `lazyView(() => import('./HouseholdList'), 'HouseholdList')`.
 * Each resource's views become their own script, so the sign-in page loads only the shell
 * (react-admin's Layout shows its loading indicator while a view's script arrives).
 */
export function lazyView<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  const View = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return () => createElement(View);
}
