import type { EntityManager } from '@mikro-orm/postgresql';
import { formatFen, toFen } from '../../common/money';
import { AssetIncome } from '../assets/asset.entity';
import { CollectiveIncome } from './collective-income.entity';
import { distributableOf } from './distribution.rules';

/** The ledger's income of a village's own assets in a year (assets registered at the village). */
export async function ledgerIncomeOf(em: EntityManager, villageCode: string, year: number): Promise<string> {
  const rows = await em.find(AssetIncome, { divisionCode: villageCode, year }, { fields: ['amount'] });
  return formatFen(rows.reduce((sum, row) => sum + toFen(row.amount), 0));
}

/**
 * Asset income flows into the village's collective income from the ledger: called in the same
 * transaction whenever an asset's yearly income or the collective income record changes.
 */
export async function syncAssetIncome(em: EntityManager, income: CollectiveIncome): Promise<void> {
  income.assetIncome = await ledgerIncomeOf(em, income.divisionCode, income.year);
  income.distributable = distributableOf(income);
}
