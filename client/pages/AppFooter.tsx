import { ACCESSIBILITY_STATEMENT_PATH } from '../router/matchRoute';
import { Link } from '../router/Link';
import { COMPLIANCE_STATUS } from './accessibilityStatementContent';
import '../styles/footer.css';

/**
 * The foot of every page, signed in or not: the link to the accessibility statement, named
 * by the state of compliance, as French public sites write it (RGAA: reachable from every page).
 */
export function AppFooter() {
  return (
    <footer className="app-footer">
      <Link to={ACCESSIBILITY_STATEMENT_PATH} className="app-footer__link">
        Accessibilité{'\u00a0'}: {COMPLIANCE_STATUS}
      </Link>
    </footer>
  );
}
