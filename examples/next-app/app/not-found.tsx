import { NotFoundNotice } from 'api-error-kit/react';

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <NotFoundNotice page />
    </>
  );
}
