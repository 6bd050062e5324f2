import * as React from 'react';
import { version as domVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { ServerErrorNotice } from 'api-error-kit/react';

// Each project states which React it runs, so a broken alias cannot silently test React 19 twice.
it('runs against the React its project is for, through Testing Library and the kit alike', ({ task }) => {
  const major = task.file.projectName === 'react18' ? '18' : '19';
  expect(React.version.split('.')[0]).toBe(major);
  expect(domVersion.split('.')[0]).toBe(major);
  expect(renderToString(<p>{React.version}</p>)).toContain(`>${major}.`);
  render(<ServerErrorNotice error={{ status: 500, headers: {}, body: null }} title={`React ${React.version}`} />);
  expect(screen.getByRole('region', { name: new RegExp(`^React ${major}\\.`) })).toBeVisible();
});
