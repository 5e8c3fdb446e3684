import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import type { AuthUser } from '../../../common/auth/auth-user';
import { ssoConfig } from '../../../config/sso.config';
import { AuditService } from '../../audit/audit.service';
import type { CreateSsoConnectionInput, UpdateSsoConnectionInput } from './graphql/sso.models';
import { sealSecret } from './secret-box';
import { SsoConnectionsRepository } from './sso-connections.repository';
import type { SsoConnectionRow, SsoConnectionValues } from './sso-connections.repository';
import { SsoErrorCode, SsoException } from './sso.exception';
import { emailDomainOf, isAcceptableIssuer, isServableDomain } from './sso.policy';

/** What the audit log keeps of a connection: never the secret. */
function auditView(
  c: Pick<
    SsoConnectionRow,
    'displayName' | 'issuer' | 'clientId' | 'emailDomains' | 'verifiesMembership'
  >,
) {
  return {
    displayName: c.displayName,
    issuer: c.issuer,
    clientId: c.clientId,
    emailDomains: c.emailDomains,
    verifiesMembership: c.verifiesMembership,
  };
}

/** Regional admins configure connections (the resolver checks the role); every change is audited. */
@Injectable()
export class SsoConnectionsService {
  constructor(
    private readonly repo: SsoConnectionsRepository,
    private readonly audit: AuditService,
    @Inject(ssoConfig.KEY) private readonly sso: ConfigType<typeof ssoConfig>,
  ) {}

  get redirectUrl(): string {
    return this.sso.redirectUrl;
  }

  list(): Promise<SsoConnectionRow[]> {
    return this.repo.list();
  }

  async get(id: string): Promise<SsoConnectionRow> {
    const found = await this.repo.findById(id);
    if (!found) throw new SsoException(SsoErrorCode.ConnectionNotFound);
    return found;
  }

  forId(id: string): Promise<SsoConnectionRow | null> {
    return this.repo.findById(id);
  }

  /** The connection serving this address's domain, if any. */
  async forEmail(email: string): Promise<SsoConnectionRow | null> {
    const domain = emailDomainOf(email);
    return domain ? this.repo.findByDomain(domain) : null;
  }

  async create(actor: AuthUser, input: CreateSsoConnectionInput): Promise<SsoConnectionRow> {
    this.checkIssuer(input.issuer);
    this.checkDomains(input.emailDomains);
    const id = await this.repo.transaction(async (manager) => {
      await this.refuseTakenDomains(manager, input.emailDomains, null);
      const created = await this.repo.insert(manager, {
        displayName: input.displayName,
        issuer: input.issuer,
        clientId: input.clientId,
        clientSecretSealed: sealSecret(this.sso.secretKey, input.clientSecret),
        verifiesMembership: input.verifiesMembership,
        createdById: actor.id,
      });
      await this.repo.replaceDomains(manager, created, input.emailDomains);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'sso_connection.created',
          targetType: 'sso_connection',
          targetId: created,
          details: { after: auditView(input) },
        },
        manager,
      );
      return created;
    });
    return this.get(id);
  }

  async update(actor: AuthUser, input: UpdateSsoConnectionInput): Promise<SsoConnectionRow> {
    if (input.issuer !== undefined) this.checkIssuer(input.issuer);
    if (input.emailDomains !== undefined) this.checkDomains(input.emailDomains);
    await this.repo.transaction(async (manager) => {
      const before = await this.repo.findById(input.id, manager);
      if (!before) throw new SsoException(SsoErrorCode.ConnectionNotFound);
      const changes: Partial<SsoConnectionValues> = {};
      if (input.displayName !== undefined) changes.displayName = input.displayName;
      if (input.issuer !== undefined) changes.issuer = input.issuer;
      if (input.clientId !== undefined) changes.clientId = input.clientId;
      if (input.verifiesMembership !== undefined)
        changes.verifiesMembership = input.verifiesMembership;
      const secretChanged = !!input.clientSecret?.length;
      if (secretChanged)
        changes.clientSecretSealed = sealSecret(this.sso.secretKey, input.clientSecret as string);
      await this.repo.update(manager, input.id, changes);
      if (input.emailDomains !== undefined) {
        await this.refuseTakenDomains(manager, input.emailDomains, input.id);
        await this.repo.replaceDomains(manager, input.id, input.emailDomains);
      }
      const after = {
        ...before,
        ...changes,
        emailDomains: input.emailDomains ?? before.emailDomains,
      };
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'sso_connection.updated',
          targetType: 'sso_connection',
          targetId: input.id,
          details: { before: auditView(before), after: auditView(after), secretChanged },
        },
        manager,
      );
    });
    return this.get(input.id);
  }

  /** Deleting a connection removes its linked identities; the accounts stay (they may reset a password). */
  async delete(actor: AuthUser, id: string): Promise<boolean> {
    return this.repo.transaction(async (manager) => {
      const before = await this.repo.findById(id, manager);
      if (!before) throw new SsoException(SsoErrorCode.ConnectionNotFound);
      await this.repo.delete(manager, id);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'sso_connection.deleted',
          targetType: 'sso_connection',
          targetId: id,
          details: { before: auditView(before) },
        },
        manager,
      );
      return true;
    });
  }

  private checkIssuer(issuer: string): void {
    if (!isAcceptableIssuer(issuer, this.sso.allowInsecureHttp))
      throw new SsoException(SsoErrorCode.InvalidIssuer);
  }

  private checkDomains(domains: readonly string[]): void {
    const publicOnes = domains.filter((d) => !isServableDomain(d));
    if (publicOnes.length) {
      throw new SsoException(
        SsoErrorCode.PublicDomain,
        `${publicOnes.join(', ')} is a public email domain: anyone can have an address there.`,
      );
    }
  }

  private async refuseTakenDomains(
    manager: Parameters<Parameters<SsoConnectionsRepository['transaction']>[0]>[0],
    domains: readonly string[],
    exceptId: string | null,
  ): Promise<void> {
    const taken = await this.repo.takenDomains(manager, domains, exceptId);
    if (taken.length) {
      throw new SsoException(
        SsoErrorCode.DomainTaken,
        `Another sign-in connection already serves ${taken.join(', ')}.`,
      );
    }
  }
}
