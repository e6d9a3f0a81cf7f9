import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// zod's own messages in French before any form validates (SPEC A2).
import '../shared/api/frenchZodMessages';
import { setUnauthenticatedHandler } from './api/http';
import { App } from './App';
import { redirectToSignIn } from './auth/signInRedirect';
import { registerServiceWorker } from './offline/serviceWorkerRegistration';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/status.css';
import './styles/editor.css';
import './styles/documentBlocks.css';
import './styles/carets.css';
import './styles/auth.css';
import './styles/admin.css';
import './styles/comments.css';
import './styles/offline.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain #root');

// Any API call answered 401 (session ended, expired or revoked) leads to the sign-in page.
setUnauthenticatedHandler(redirectToSignIn);

// The app shell opens without network once this browser has loaded it (issue 19).
registerServiceWorker();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
