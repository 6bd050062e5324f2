import { createRouter } from '@tanstack/react-router';
import { Route } from './routes/__root';

// The root route alone: the app is its server functions. Its tree is built here, not generated (the generated file
// is written outside the repository: see the test).
export function getRouter() {
  return createRouter({ routeTree: Route });
}
