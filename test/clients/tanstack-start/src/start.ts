import { createCsrfMiddleware, createStart } from '@tanstack/react-start';
import { httpErrorAdapter } from './httpErrorAdapter';

// As Start's docs write it: the CSRF check on server functions, and the README's adapter.
const csrfMiddleware = createCsrfMiddleware({ filter: (ctx) => ctx.handlerType === 'serverFn' });

export const startInstance = createStart(() => ({
  requestMiddleware: [csrfMiddleware],
  serializationAdapters: [httpErrorAdapter],
}));
