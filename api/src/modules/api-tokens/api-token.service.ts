import { forgetActors } from '../../auth/token.service';
import type { Context } from '../../context';
import { assertCanGrant, assertInJurisdiction } from '../../auth/access';
import { AccessToken, AccessTokenKind } from '../../auth/access-token.entity';
import { PARTNER_ROLES, ROLE_LABELS } from '../../auth/roles';
import { hashToken, newTokenValue } from '../../auth/token.service';
import { badInput, conflict, notFound } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { DivisionService } from '../divisions/division.service';
import { isUuid } from '../../common/ids';
import { findPage } from '../../jurisdiction/division-list';
import type { IssueApiTokenInput } from './api-token.inputs';

export class ApiTokenService {
  constructor(private readonly divisions: DivisionService) {}

  async list(ctx: Context, offset: number, limit: number): Promise<Page<AccessToken>> {
    return findPage(ctx.em, AccessToken, { kind: AccessTokenKind.API }, { offset, limit }, { createdAt: 'desc' });
  }

  /** The token value is returned once, here; only its hash is kept. */
  async issue(ctx: Context, input: IssueApiTokenInput): Promise<{ token: string; apiToken: AccessToken }> {
    const actor = ctx.actor!;
    if (!PARTNER_ROLES.includes(input.role)) {
      throw badInput('role', `合作方令牌只能是：${PARTNER_ROLES.map((r) => ROLE_LABELS[r]).join('、')}`);
    }
    assertInJurisdiction(actor, input.divisionCode);
    await this.divisions.get(ctx, input.divisionCode);
    assertCanGrant(actor, [input.role]);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
      throw badInput('expiresAt', '到期时间须晚于当前时间');
    const token = newTokenValue();
    const apiToken = ctx.em.create(AccessToken, {
      kind: AccessTokenKind.API,
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, 12),
      name: input.name.trim(),
      partnerName: input.partnerName.trim(),
      role: input.role,
      divisionCode: input.divisionCode,
      expiresAt: input.expiresAt ?? null,
      createdById: actor.id,
    });
    await ctx.em.flush();
    return { token, apiToken };
  }

  async revoke(ctx: Context, id: string): Promise<AccessToken> {
    const apiToken = isUuid(id) ? await ctx.em.findOne(AccessToken, { id, kind: AccessTokenKind.API }) : null;
    if (!apiToken) throw notFound('合作方令牌');
    if (apiToken.revokedAt) throw conflict('该令牌已注销');
    apiToken.revokedAt = new Date();
    await ctx.em.flush();
    await forgetActors({ tokenId: apiToken.id });
    return apiToken;
  }
}
