import { Link } from 'wouter';
import { useSources } from '../lib/queries';
import { sourceAnchor } from '../lib/sourceAnchor';
import { sourceTexts } from '../lib/sourceText';
import './SourceLinks.css';
import { useT } from '../i18n/i18n';

/**
 * The sources behind a piece of feedback, each linking to its entry on the Sources page. `detailed`
 * lists each with what it says (the debrief has room for that; coach feedback stays compact).
 *
 * @example
 * <SourceLinks sources={['screen-alone', 'interp-3']} />
 * <SourceLinks sources={d.sources} detailed />
 */
export function SourceLinks({ sources, detailed = false }: { sources: string[]; detailed?: boolean }) {
  const { t } = useT();
  const query = useSources(detailed && sources.length > 0);
  if (sources.length === 0) return null;
  const texts = sourceTexts(query.data);
  if (detailed && texts.size > 0)
    return (
      <div className="sources">
        <p className="sources__label">{t('sources.label')}</p>
        <ul className="sources__list">
          {sources.map((source) => {
            const said = texts.get(source);
            return (
              <li key={source}>
                <Link href={`/sources#${sourceAnchor(source)}`}>{source}</Link>
                {said ? <span lang={said.lang}>: {said.text}</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
    );
  return (
    <p className="sources">
      <span className="sources__label">{t('sources.label')}</span>{' '}
      {sources.map((source, i) => (
        <span key={source}>
          {i > 0 ? ', ' : null}
          <Link href={`/sources#${sourceAnchor(source)}`}>{source}</Link>
        </span>
      ))}
    </p>
  );
}
