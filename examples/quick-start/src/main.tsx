// What `npm create vite` gives a React + TypeScript app, rendering the README's Quick start as is:
// ./App is written from README.md by extract.mjs, so nothing here may help it along.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
