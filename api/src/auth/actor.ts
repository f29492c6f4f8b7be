import type { Permission } from './permission';
import type { Role } from './roles';

/** Who is acting: a person, a partner system's API token, or the system itself (seed, jobs). */
export interface Actor {
  kind: 'USER' | 'API_TOKEN' | 'SYSTEM';
  /** User id or API token id. */
  id: string | null;
  name: string;
  divisionCode: string;
  /** Division-code prefix of everything this actor may see ('' for SYSTEM). */
  scopePrefix: string;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  /** The partner organisation an API token (or a partner's account) acts for, e.g. an insurer. */
  partnerName?: string | null;
  /** The access token the request came with (lets `logout` end exactly this session). */
  tokenId?: string;
  /** A person whose password was set by someone else: only `me`, `changePassword` and `logout` answer. */
  mustChangePassword?: boolean;
}

export const SYSTEM_ACTOR: Actor = {
  kind: 'SYSTEM',
  id: null,
  name: 'system',
  divisionCode: '000000000000',
  scopePrefix: '',
  roles: [],
  permissions: new Set(),
};
