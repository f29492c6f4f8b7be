import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Foundation } from './Migration20261123000000Foundation';
import { Migration20261123100000Households } from './Migration20261123100000Households';

/**
 * Every migration, in order. Listed explicitly (not discovered from the folder) so the compiled
 * server and the tests run exactly the same list.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000Foundation', class: Migration20261123000000Foundation },
  { name: 'Migration20261123100000Households', class: Migration20261123100000Households },
];
