// The state of one form submission: busy while it runs, the server's readable message if it fails.
import { useState } from 'react';

export function useSubmit() {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  return {
    ...state,
    async run(work: () => Promise<void>): Promise<boolean> {
      setState({ busy: true, error: null });
      try {
        await work();
        setState({ busy: false, error: null });
        return true;
      } catch (error) {
        setState({ busy: false, error: (error as Error).message || 'The change could not be saved.' });
        return false;
      }
    },
  };
}
