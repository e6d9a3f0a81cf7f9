import { seedDemoLetterTemplate, seedDemoMinutes, demoAssociations, seedRegistry } from './demo/seedDemo';
import { createAccount } from './auth/createAccount';
import { newId } from './auth/secrets';
import type { AccountStore, Collective } from './storage/accountStore';
import type { CredentialStore } from './storage/credentialStore';
import type { DocumentStore } from './storage/documentStore';
import type { LetterTemplateStore } from './storage/letterTemplateStore';
import type { PlanStore } from './storage/planStore';
import type { ReviewStore } from './storage/reviewStore';
import type { Logger } from './log';

export const DEMO_COLLECTIVE_NAME = 'Ensemble contre la traite des êtres humains';
const SETUP_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface BootstrapOptions {
  demoContent: boolean;
  admin: { email: string; password: string } | undefined;
}

export interface BootstrapResult {
  collective: Collective;
  /** Secret of the one-time setup link, when no account exists and none was configured. */
  setupSecret: string | undefined;
}

/**
 * First start: the collective (with its associations and demo compte-rendu when demo
 * content is on), the plan registry, and the first coordination account: from
 * MINUTIER_ADMIN_EMAIL/PASSWORD, or else through a one-time setup link.
 */
export async function bootstrap(
  stores: {
    accounts: AccountStore;
    credentials: CredentialStore;
    documents: DocumentStore;
    plans: PlanStore;
    review: ReviewStore;
    letterTemplates: LetterTemplateStore;
  },
  options: BootstrapOptions,
  logger: Logger,
): Promise<BootstrapResult> {
  const { accounts, credentials, plans } = stores;
  let collective = (await accounts.listCollectives())[0];
  if (!collective) {
    collective = { id: newId(), name: options.demoContent ? DEMO_COLLECTIVE_NAME : 'Mon collectif' };
    await accounts.createCollective(collective);
    if (options.demoContent) {
      for (const name of demoAssociations()) await accounts.createAssociation({ id: newId(), collectiveId: collective.id, name });
    }
    logger.info('bootstrap.collective_created', { collective: collective.id });
  }
  if (await seedRegistry(plans, collective.id)) logger.info('bootstrap.registry_seeded');
  if (options.demoContent) {
    const demo = await seedDemoMinutes(stores, collective.id);
    if (demo) logger.info('bootstrap.demo_seeded', { doc: demo.validated, next: demo.next });
    if (await seedDemoLetterTemplate(stores.letterTemplates, collective.id)) logger.info('bootstrap.letter_template_seeded');
  }

  if ((await accounts.countUsers()) > 0) return { collective, setupSecret: undefined };
  if (options.admin) {
    await createAccount(
      accounts,
      {
        collectiveId: collective.id,
        associationId: null,
        email: options.admin.email.trim().toLowerCase(),
        name: 'Coordination',
        role: 'coordination',
      },
      options.admin.password,
    );
    logger.info('bootstrap.admin_created');
    return { collective, setupSecret: undefined };
  }
  const setupSecret = await credentials.createLink(
    'setup',
    { collectiveId: collective.id, associationId: null, role: 'coordination', userId: null, createdBy: null },
    SETUP_LINK_TTL_MS,
  );
  return { collective, setupSecret };
}
