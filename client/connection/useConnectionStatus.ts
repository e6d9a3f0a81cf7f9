import { useEffect, useReducer } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { redirectToSignIn } from '../auth/signInRedirect';
import { connectionReducer, initialConnectionState, type ConnectionState } from './connectionState';

/** Follows the provider's socket and the browser's network state. */
export function useConnectionStatus(provider: WebsocketProvider): ConnectionState {
  const [state, dispatch] = useReducer(connectionReducer, !navigator.onLine, initialConnectionState);

  useEffect(() => {
    // The provider may have connected between its creation and this effect.
    if (provider.wsconnected) dispatch({ type: 'status', status: 'connected' });

    const onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) =>
      dispatch({ type: 'status', status });
    const onConnectionClose = (event: CloseEvent | null) =>
      dispatch({ type: 'connectionClosed', code: event?.code ?? null });
    const onTerminalClose = ({ code, reason }: { code: number; reason: string }) => {
      // The session ended (signed out elsewhere, password reset): sign in again, then come back.
      if (code === CloseCode.unauthenticated) return redirectToSignIn();
      dispatch({ type: 'terminalClose', code, reason });
    };
    const onOffline = () => dispatch({ type: 'browserOffline' });
    const onOnline = () => {
      dispatch({ type: 'browserOnline' });
      // Retry now rather than at the end of the back-off; `shouldConnect` is false after a
      // terminal close, which must stay final.
      if (provider.shouldConnect && !provider.wsconnected) provider.connect();
    };

    provider.on('status', onStatus);
    provider.on('connection-close', onConnectionClose);
    provider.on('closed', onTerminalClose);
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    return () => {
      provider.off('status', onStatus);
      provider.off('connection-close', onConnectionClose);
      provider.off('closed', onTerminalClose);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }, [provider]);

  return state;
}
