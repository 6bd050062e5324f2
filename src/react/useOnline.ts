import * as React from 'react';

const subscribe = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/** `navigator.onLine`, kept current; true while rendering on a server. */
export const useOnline = (): boolean =>
  React.useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
