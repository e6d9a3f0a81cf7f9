/**
 * What the accessibility statement says that changes with each evaluation: the state of
 * compliance, what was tested, what is not accessible and whom to write to. The page
 * (AccessibilityStatementPage) holds the fixed wording of the DINUM model around it; the
 * footer link shows the same state of compliance.
 */

/**
 * « totalement conforme », « partiellement conforme » or « non conforme », as the RGAA names them.
 * The first two rest on an evaluation of the RGAA's 106 criteria (an audit); without one the
 * RGAA asks for « non conforme », however much was tested otherwise, so that is what we say.
 */
export const COMPLIANCE_STATUS = 'non conforme';

/** Why, in the statement's own words. */
export const COMPLIANCE_REASON =
  'Aucun audit des 106\u00a0critères du RGAA n’a encore été réalisé\u00a0: en son absence, le RGAA demande de déclarer le service non conforme, quels que soient les tests menés par ailleurs, décrits ci-dessous.';

/** The day the statement was drawn up, as printed. */
export const STATEMENT_DATE = '7 décembre 2026';

/** Who commits to making Minutier accessible. */
export const RESPONSIBLE_ENTITY = 'Le collectif «\u00a0Ensemble contre la traite des êtres humains\u00a0»';

/** Where people report an accessibility problem: the collective's coordination. */
export const ACCESSIBILITY_CONTACT = {
  // The coordination's address in the collective's own letters (2015).
  name: 'la coordination du Collectif',
  email: 'genevieve.colas@secours-catholique.org',
};

/** What was tested, how, and with what result: « Résultats des tests ». */
export const TEST_RESULTS = [
  'Audit automatique avec axe-core (règles WCAG 2.1 niveaux A et AA et bonnes pratiques) de chaque page et de chaque boîte de dialogue ouverte\u00a0: aucune erreur critique, grave ou modérée\u00a0; chaque page a un titre qui la nomme.',
  'Cycle de vie complet d’un compte-rendu au clavier seul, de sa création à son export, en passant par les tours de parole, les points «\u00a0À suivre\u00a0», les mesures, les commentaires, la relecture, l’approbation et la validation\u00a0: focus visible à chaque étape.',
  'Noms accessibles des tours de parole, des points «\u00a0À suivre\u00a0» et des références aux mesures, et annonces des changements (connexion, arrivée d’un participant, propositions acceptées, statut, approbations) vérifiés dans l’arbre d’accessibilité du navigateur.',
  'Affichage à 200\u00a0% de zoom et sur des fenêtres de 1024 et 375 pixels de large, sans défilement horizontal de la page.',
  'Exports\u00a0: PDF balisé, en français, avec de vrais titres et un titre de document\u00a0; fichiers Word (DOCX) et OpenDocument (ODT) déclarés en français, avec les styles de titre du traitement de texte.',
];

// A moderate axe-core violation allowed in e2e/accessibilityAllowList.ts is listed here too, with
// its reason: e2e/accessibilityStatement.e2e.test.ts checks that the page says it.
/** Non-conformities: what fails, and why it is not fixed yet. */
export const NON_CONFORMITIES = [
  'Aucun audit manuel des 106 critères du RGAA\u00a04.1 n’a encore été réalisé\u00a0: des défauts que les tests automatiques ne voient pas peuvent subsister (pertinence des alternatives, ordre de lecture de certains panneaux).',
  'Les tests n’ont pas été menés avec des lecteurs d’écran (NVDA, JAWS, VoiceOver, TalkBack) par leurs utilisateurs et utilisatrices\u00a0; seul l’arbre d’accessibilité du navigateur a été vérifié.',
  'Quand des annexes PDF sont ajoutées à la suite de l’export PDF, leurs pages n’ont pas de balisage dans le fichier assemblé (seul celui du compte-rendu est repris)\u00a0; chaque annexe reste téléchargeable seule depuis le compte-rendu, avec son balisage d’origine.',
];

/** Dérogations pour charge disproportionnée. */
export const DISPROPORTIONATE_BURDEN: string[] = [];

/** Contenus non soumis à l’obligation d’accessibilité (article 3 du décret n°\u00a02019-768). */
export const EXEMPT_CONTENT = [
  'Les annexes (PDF, documents bureautiques) déposées par les membres du Collectif\u00a0: ce sont des documents de tiers, dont l’accessibilité dépend de leurs auteurs.',
  'Les comptes-rendus et courriers antérieurs au 23 septembre 2018 importés depuis des fichiers bureautiques, tels que leurs auteurs les ont mis en forme.',
];

/** Technologies utilisées pour la réalisation de Minutier. */
export const TECHNOLOGIES = ['HTML5', 'CSS', 'JavaScript', 'WAI-ARIA'];

/** Environnement de test: the browser and how it was driven. */
export const TEST_ENVIRONMENT = [
  'Chromium 156 sans interface (headless), piloté par Playwright, sous Debian GNU/Linux 12',
  'Navigation au clavier seul',
];

/** Outils pour évaluer l’accessibilité. */
export const EVALUATION_TOOLS = [
  'axe-core 4.14.1 (Deque Systems)',
  'Arbre d’accessibilité de Chromium (noms et rôles accessibles)',
  'poppler (pdfinfo, pdftotext) pour la structure et le texte des PDF',
  'LibreOffice pour la lecture des fichiers DOCX et ODT',
];

/** Pages du site ayant fait l’objet de la vérification de conformité. */
export const PAGES_CHECKED = [
  'Connexion, première connexion, invitation et réinitialisation du mot de passe',
  'Liste des comptes-rendus et création d’un compte-rendu',
  'Éditeur d’un compte-rendu, avec ses panneaux (propositions, commentaires, versions et différences, approbations) et ses boîtes de dialogue (export, import, partage)',
  'Compte-rendu validé',
  'Membres, journal, paramètres du compte et registre des mesures',
  'Points «\u00a0À suivre\u00a0», page d’une mesure et recherche',
  'Déclaration d’accessibilité',
];
