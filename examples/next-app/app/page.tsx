import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>api-error-kit with Next.js</h1>
      <ul>
        <li>
          <Link href="/users/1">A user</Link>
        </li>
        <li>
          <Link href="/users/404">A user that does not exist</Link>
        </li>
        <li>
          <Link href="/users/429">A user behind a rate limit</Link>
        </li>
        <li>
          <Link href="/users/500">A user the server fails on</Link>
        </li>
        <li>
          <Link href="/payments">A payment form</Link>
        </li>
      </ul>
    </>
  );
}
