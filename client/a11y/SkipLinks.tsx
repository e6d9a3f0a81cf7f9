import { useLayoutEffect, type MouseEvent } from 'react';
import { matchRoute } from '../router/matchRoute';
import { useLocationPath } from '../router/navigation';
import './skipLinks.css';

/** The id the page's `<main>` gets, so that « Aller au contenu » is a real in-page link. */
const MAIN_ID = 'contenu';
/** The id of the body being written (useBodyEditor). */
export const DOCUMENT_BODY_ID = 'texte';

/**
 * Gives `target` the focus, not only the scroll: the next Tab then goes on from there. An
 * element that cannot take the focus (`<main>`, a read-only body) is made focusable by script only.
 */
function moveFocusTo(target: HTMLElement | null, event: MouseEvent) {
  if (!target) return;
  event.preventDefault();
  if (target.tabIndex < 0 && !target.isContentEditable) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * The first things a Tab reaches on every signed-in page, shown once focused: « Aller au
 * contenu », and in the editor « Aller au document », whose focus lands in the text.
 */
export function SkipLinks() {
  const inEditor = matchRoute(useLocationPath()).page === 'editor';

  // Every page has one `<main>`, rendered by the page itself: it is named here rather than in each page.
  useLayoutEffect(() => {
    const main = document.querySelector('main');
    if (main && !document.getElementById(MAIN_ID)) main.id = MAIN_ID;
  });

  return (
    <div className="skip-links">
      <a href={`#${MAIN_ID}`} className="skip-link" onClick={(event) => moveFocusTo(document.querySelector('main'), event)}>
        Aller au contenu
      </a>
      {inEditor && (
        <a href={`#${DOCUMENT_BODY_ID}`} className="skip-link" onClick={(event) => moveFocusTo(document.getElementById(DOCUMENT_BODY_ID), event)}>
          Aller au document
        </a>
      )}
    </div>
  );
}
