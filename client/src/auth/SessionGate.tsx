// Asks for a bearer token when the server runs in token mode, then renders the explorer for that caller.
import type { SessionInfo } from '@api/types.ts';
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiRequestError, type ApiClient } from '../api/apiClient.ts';
import { forgetAccessToken, saveAccessToken } from './accessToken.ts';

type GateState =
  { step: 'checking' } | { step: 'signed-in'; session: SessionInfo } | { step: 'needs-token'; problem: string | null };

function useSession(api: ApiClient, firstCheck?: Promise<SessionInfo>) {
  const [state, setState] = useState<GateState>({ step: 'checking' });
  const pending = useRef(firstCheck);
  const check = useCallback(() => {
    // The first check reads the request already under way; a later one (after a token is given) asks again.
    const answer = pending.current ?? api.session();
    pending.current = undefined;
    answer.then(
      (session) => setState({ step: 'signed-in', session }),
      (error: Error) => {
        if (!(error instanceof ApiRequestError) || error.status !== 401) throw error;
        forgetAccessToken();
        setState({
          step: 'needs-token',
          problem: error.code === 'invalid_token' ? 'That token is not valid on this server.' : null,
        });
      },
    );
  }, [api]);
  useEffect(check, [check]);
  const signOut = useCallback(() => {
    forgetAccessToken();
    setState({ step: 'needs-token', problem: 'Signed out.' });
  }, []);
  return { state, check, signOut };
}

function SignInForm({ problem, onToken }: { problem: string | null; onToken(token: string): void }) {
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onToken(token.trim());
  };
  return (
    <form className="sign-in" onSubmit={submit}>
      <h1>Sanctions Graph Explorer</h1>
      <p>This server is shared: sign in with the access token your administrator gave you.</p>
      <label>
        Access token
        <input
          type="password"
          autoComplete="current-password"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          autoFocus
        />
      </label>
      {problem && (
        <p role="alert" className="sign-in-problem">
          {problem}
        </p>
      )}
      <button type="submit" disabled={!token.trim()}>
        Sign in
      </button>
    </form>
  );
}

interface SessionGateProps {
  api: ApiClient;
  /** A session request already made (main.tsx starts it before the explorer's code has loaded). */
  firstCheck?: Promise<SessionInfo>;
  /** `signOut` forgets the token and shows the sign-in form again (token mode only). */
  children(session: SessionInfo, signOut: () => void): ReactNode;
}

export function SessionGate({ api, firstCheck, children }: SessionGateProps) {
  const { state, check, signOut } = useSession(api, firstCheck);
  if (state.step === 'checking') return <p className="sign-in-checking">Connecting…</p>;
  if (state.step === 'needs-token') {
    return <SignInForm problem={state.problem} onToken={(token) => (saveAccessToken(token), check())} />;
  }
  return <>{children(state.session, signOut)}</>;
}
