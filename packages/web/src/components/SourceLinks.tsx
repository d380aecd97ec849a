import { Link } from 'wouter';
import { sourceAnchor } from '../lib/sourceAnchor';

/**
 * The sources behind a piece of feedback, each linking to its entry on the Sources page.
 *
 * @example
 * <SourceLinks sources={['screen-alone', 'interp-3']} />
 */
export function SourceLinks({ sources }: { sources: string[] }) {
  if (sources.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources__label">Sources:</span>{' '}
      {sources.map((source, i) => (
        <span key={source}>
          {i > 0 ? ', ' : null}
          <Link href={`/sources#${sourceAnchor(source)}`}>{source}</Link>
        </span>
      ))}
    </p>
  );
}
