import { Authorized, Extensions } from 'type-graphql';
import { Permission, PUBLIC } from './permission';

/**
 * The only way an operation declares who may call it. Each decorator also writes the rule into the
 * field's schema extensions, so a test can walk the built schema and find fields without one.
 */
export function Allow(...permissions: Permission[]): MethodDecorator & PropertyDecorator {
  if (permissions.length === 0) throw new Error('@Allow needs at least one permission; use @Authenticated()');
  return combine(Authorized(...permissions), Extensions({ access: { permissions } }));
}

/** Any signed-in person or partner token (e.g. `me`). */
export function Authenticated(): MethodDecorator & PropertyDecorator {
  return combine(Authorized(), Extensions({ access: { authenticated: true } }));
}

/** Callable without a token: only `login`. */
export function Public(): MethodDecorator & PropertyDecorator {
  return combine(Authorized(PUBLIC), Extensions({ access: { public: true } }));
}

function combine(...decorators: Array<MethodDecorator & PropertyDecorator>): MethodDecorator & PropertyDecorator {
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    for (const decorator of decorators) (decorator as MethodDecorator)(target, key, descriptor as PropertyDescriptor);
  }) as MethodDecorator & PropertyDecorator;
}
