import { registerEnumType } from 'type-graphql';

/**
 * Registers an enum with GraphQL. With a label table, each value's Chinese label becomes its GraphQL
 * description, so the schema itself (and every partner's GraphQL tooling, and the console's generated
 * admin/src/gql/enum-labels.ts) says what 脱贫不稳定户 or 县级认定 is called: one table per enum,
 * written once beside the enum and returned for the API's own use (Excel, messages).
 */
export function registerEnum<E extends string>(enumObject: Record<string, E>, name: string, description?: string): void;
export function registerEnum<E extends string>(
  enumObject: Record<string, E>,
  name: string,
  description: string,
  labels: Readonly<Record<E, string>>,
): Readonly<Record<E, string>>;
export function registerEnum<E extends string>(
  enumObject: Record<string, E>,
  name: string,
  description?: string,
  labels?: Readonly<Record<E, string>>,
): Readonly<Record<E, string>> | void {
  const valuesConfig = labels
    ? Object.fromEntries(Object.entries<string>(labels).map(([value, label]) => [value, { description: label }]))
    : undefined;
  registerEnumType(enumObject, { name, description, valuesConfig });
  return labels;
}
