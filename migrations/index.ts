import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Foundation } from './Migration20261123000000Foundation';
import { Migration20261123100000Households } from './Migration20261123100000Households';
import { Migration20261123200000Imports } from './Migration20261123200000Imports';
import { Migration20261123300000Monitoring } from './Migration20261123300000Monitoring';
import { Migration20261123400000DepartmentWarnings } from './Migration20261123400000DepartmentWarnings';
import { Migration20261124100000AuditRetention } from './Migration20261124100000AuditRetention';
import { Migration20261124200000DuplicateAttempt } from './Migration20261124200000DuplicateAttempt';
import { Migration20261124500000Insurance } from './Migration20261124500000Insurance';
import { Migration20261124600000Statistics } from './Migration20261124600000Statistics';
import { Migration20261124700000Assistance } from './Migration20261124700000Assistance';
import { Migration20261124800000Assets } from './Migration20261124800000Assets';
import { Migration20261125200000ReadAudit } from './Migration20261125200000ReadAudit';
import { Migration20261125300000StatisticsRollup } from './Migration20261125300000StatisticsRollup';
import { Migration20261125400000ExcelRoundTrip } from './Migration20261125400000ExcelRoundTrip';
import { Migration20261125500000MonitoringStatus } from './Migration20261125500000MonitoringStatus';
import { Migration20261125600000RegionalMonitoring } from './Migration20261125600000RegionalMonitoring';
import { Migration20261207100000MonitoringExports } from './Migration20261207100000MonitoringExports';
import { Migration20261208100000StatisticsRoundingKey } from './Migration20261208100000StatisticsRoundingKey';
import { Migration20261208300000VisitKeyPerVisitor } from './Migration20261208300000VisitKeyPerVisitor';
import { Migration20261208301000AppendOnlyHistory } from './Migration20261208301000AppendOnlyHistory';
import { Migration20261208400000StoredFiles } from './Migration20261208400000StoredFiles';
import { Migration20261208500000SharedState } from './Migration20261208500000SharedState';
import { Migration20261208700000CountyListIndexes } from './Migration20261208700000CountyListIndexes';

/**
 * Every migration, in order. Listed explicitly (not discovered from the folder) so the compiled
 * server and the tests run exactly the same list.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000000Foundation', class: Migration20261123000000Foundation },
  { name: 'Migration20261123100000Households', class: Migration20261123100000Households },
  { name: 'Migration20261123200000Imports', class: Migration20261123200000Imports },
  { name: 'Migration20261123300000Monitoring', class: Migration20261123300000Monitoring },
  { name: 'Migration20261123400000DepartmentWarnings', class: Migration20261123400000DepartmentWarnings },
  { name: 'Migration20261124100000AuditRetention', class: Migration20261124100000AuditRetention },
  { name: 'Migration20261124200000DuplicateAttempt', class: Migration20261124200000DuplicateAttempt },
  { name: 'Migration20261124500000Insurance', class: Migration20261124500000Insurance },
  { name: 'Migration20261124600000Statistics', class: Migration20261124600000Statistics },
  { name: 'Migration20261124700000Assistance', class: Migration20261124700000Assistance },
  { name: 'Migration20261124800000Assets', class: Migration20261124800000Assets },
  { name: 'Migration20261125200000ReadAudit', class: Migration20261125200000ReadAudit },
  { name: 'Migration20261125300000StatisticsRollup', class: Migration20261125300000StatisticsRollup },
  { name: 'Migration20261125400000ExcelRoundTrip', class: Migration20261125400000ExcelRoundTrip },
  { name: 'Migration20261125500000MonitoringStatus', class: Migration20261125500000MonitoringStatus },
  { name: 'Migration20261125600000RegionalMonitoring', class: Migration20261125600000RegionalMonitoring },
  { name: 'Migration20261207100000MonitoringExports', class: Migration20261207100000MonitoringExports },
  { name: 'Migration20261208100000StatisticsRoundingKey', class: Migration20261208100000StatisticsRoundingKey },
  { name: 'Migration20261208300000VisitKeyPerVisitor', class: Migration20261208300000VisitKeyPerVisitor },
  { name: 'Migration20261208301000AppendOnlyHistory', class: Migration20261208301000AppendOnlyHistory },
  { name: 'Migration20261208400000StoredFiles', class: Migration20261208400000StoredFiles },
  { name: 'Migration20261208500000SharedState', class: Migration20261208500000SharedState },
  { name: 'Migration20261208700000CountyListIndexes', class: Migration20261208700000CountyListIndexes },
];
