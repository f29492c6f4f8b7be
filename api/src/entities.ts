import { BaseEntity } from './common/base.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { AccessToken } from './auth/access-token.entity';
import { Division } from './modules/divisions/division.entity';
import { User } from './modules/users/user.entity';

/** Every entity, listed once (discovery reads no folders, so the build and the tests agree). */
export const ENTITIES = [BaseEntity, Division, User, AccessToken, AuditEntry];
