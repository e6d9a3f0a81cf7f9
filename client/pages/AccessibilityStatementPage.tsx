import { AppHeader } from './AppHeader';
import {
  ACCESSIBILITY_CONTACT,
  COMPLIANCE_REASON,
  COMPLIANCE_STATUS,
  DISPROPORTIONATE_BURDEN,
  EVALUATION_TOOLS,
  EXEMPT_CONTENT,
  NON_CONFORMITIES,
  PAGES_CHECKED,
  RESPONSIBLE_ENTITY,
  STATEMENT_DATE,
  TECHNOLOGIES,
  TEST_ENVIRONMENT,
  TEST_RESULTS,
} from './accessibilityStatementContent';
import '../styles/statement.css';
import { usePageTitle } from '../a11y/usePageTitle';

/** A list from the statement's content, or « Aucune. » when it is empty. */
function Items({ items }: { items: readonly string[] }) {
  if (items.length === 0) return <p>Aucune.</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * `/accessibilite`, open to everyone (RGAA: the statement is reachable from every page,
 * signed in or not). Its wording follows the DINUM model statement; what changes with each
 * evaluation comes from accessibilityStatementContent.
 */
export function AccessibilityStatementPage() {
  usePageTitle('Déclaration d’accessibilité');

  return (
    <>
      <AppHeader />
      <main className="page page--statement">
        <h1 className="page-title">Déclaration d’accessibilité</h1>
        <p>
          {RESPONSIBLE_ENTITY} s’engage à rendre Minutier, son service en ligne de rédaction et de relecture des comptes-rendus,
          accessible conformément à l’article 47 de la loi n°{'\u00a0'}2005-102 du 11 février 2005.
        </p>
        <p>
          Cette déclaration d’accessibilité s’applique à Minutier, à l’adresse <span className="statement-address">{window.location.origin}</span>.
        </p>

        <section>
          <h2>État de conformité</h2>
          <p>
            Minutier est <strong>{COMPLIANCE_STATUS}</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA),
            version 4.1.
          </p>
          <p>{COMPLIANCE_REASON}</p>
        </section>

        <section>
          <h2>Résultats des tests</h2>
          <p>
            Ces tests sont menés par l’équipe qui développe Minutier et rejoués automatiquement à chaque modification du
            logiciel{'\u00a0'}:
          </p>
          <Items items={TEST_RESULTS} />
        </section>

        <section>
          <h2>Contenus non accessibles</h2>
          <p>Les contenus listés ci-dessous ne sont pas accessibles pour les raisons suivantes.</p>
          <h3>Non-conformités</h3>
          <Items items={NON_CONFORMITIES} />
          <h3>Dérogations pour charge disproportionnée</h3>
          <Items items={DISPROPORTIONATE_BURDEN} />
          <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
          <Items items={EXEMPT_CONTENT} />
        </section>

        <section>
          <h2>Établissement de cette déclaration</h2>
          <p>Cette déclaration a été établie le {STATEMENT_DATE}.</p>
          <h3>Technologies utilisées pour la réalisation de Minutier</h3>
          <Items items={TECHNOLOGIES} />
          <h3>Environnement de test</h3>
          <Items items={TEST_ENVIRONMENT} />
          <h3>Outils pour évaluer l’accessibilité</h3>
          <Items items={EVALUATION_TOOLS} />
          <h3>Pages de Minutier ayant fait l’objet de la vérification de conformité</h3>
          <Items items={PAGES_CHECKED} />
        </section>

        <section>
          <h2>Retour d’information et contact</h2>
          <p>
            Si vous n’arrivez pas à accéder à un contenu ou à un service de Minutier, vous pouvez contacter {ACCESSIBILITY_CONTACT.name}{' '}
            pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme{'\u00a0'}:
          </p>
          <ul>
            <li>
              envoyer un message à <a href={`mailto:${ACCESSIBILITY_CONTACT.email}`}>{ACCESSIBILITY_CONTACT.email}</a>.
            </li>
          </ul>
        </section>

        <section>
          <h2>Voies de recours</h2>
          <p>
            Cette procédure est à utiliser dans le cas suivant{'\u00a0'}: vous avez signalé au responsable de Minutier un défaut
            d’accessibilité qui vous empêche d’accéder à un contenu ou à un de ses services, et vous n’avez pas obtenu de réponse
            satisfaisante.
          </p>
          <p>Vous pouvez{'\u00a0'}:</p>
          <ul>
            <li>
              écrire un message au Défenseur des droits, par{' '}
              <a href="https://formulaire.defenseurdesdroits.fr/">le formulaire en ligne du Défenseur des droits</a>{'\u00a0'};
            </li>
            <li>
              contacter <a href="https://www.defenseurdesdroits.fr/saisir/delegues">le délégué du Défenseur des droits dans votre région</a>
              {'\u00a0'};
            </li>
            <li>appeler le Défenseur des droits au 09{'\u00a0'}69{'\u00a0'}39{'\u00a0'}00{'\u00a0'}00{'\u00a0'};</li>
            <li>
              envoyer un courrier par la poste (gratuit, ne pas mettre de timbre){'\u00a0'}:
              <address className="statement-postal">
                Défenseur des droits
                <br />
                Libre réponse 71120
                <br />
                75342 Paris CEDEX 07
              </address>
            </li>
          </ul>
        </section>
      </main>
    </>
  );
}
