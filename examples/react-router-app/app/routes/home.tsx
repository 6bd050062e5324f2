import { Link } from 'react-router';

export default function Home() {
  return (
    <>
      <h1>api-error-kit with React Router</h1>
      <ul>
        <li>
          <Link to="/users/1">A user</Link>
        </li>
        <li>
          <Link to="/users/404">A user that does not exist</Link>
        </li>
        <li>
          <Link to="/users/discord">A user behind a rate limit</Link>
        </li>
        <li>
          <Link to="/users/500">A user the server fails on</Link>
        </li>
      </ul>
    </>
  );
}
