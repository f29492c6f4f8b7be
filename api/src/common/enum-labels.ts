/**
 * Chinese labels of an enum as GraphQL value descriptions, so the schema itself (and every
 * partner's GraphQL tooling) says what 脱贫不稳定户 or 县级认定 is called: one label table per enum,
 * used by the API and shown in the SDL.
 */
export function chineseValues<E extends string>(labels: Record<E, string>) {
  return Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: label as string }])) as Record<E, { description: string }>;
}
