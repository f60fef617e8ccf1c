// A last line of defence: a rendering failure shows what happened and a way back, never a blank page.
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="fatal-error" role="alert">
        <h1>The explorer ran into a problem</h1>
        <p>{error.message || 'An unexpected error occurred.'}</p>
        <button onClick={() => window.location.assign(window.location.pathname)}>
          Start again with the default view
        </button>
      </div>
    );
  }
}
