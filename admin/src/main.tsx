import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { settleStoredSession } from './session';

// The session is settled first, so that a visit without one opens the sign-in form at once.
void settleStoredSession().finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
