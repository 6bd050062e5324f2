'use client';
import type { ReactNode } from 'react';
import { ApiErrorProvider } from 'api-error-kit/react';

// The provider holds functions (the clock, translate, callbacks), so it lives in a client component.
export function Providers({ children }: { children: ReactNode }) {
  return <ApiErrorProvider>{children}</ApiErrorProvider>;
}
