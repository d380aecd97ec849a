import { Link } from 'wouter';
import { PageHeading } from '../components/PageHeading';

/** The page for an address the app does not know, with a way back. */
export function NotFound() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p>There is nothing at this address.</p>
      <p>
        <Link href="/">See all scenarios</Link>
      </p>
    </>
  );
}
