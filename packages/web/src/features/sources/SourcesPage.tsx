import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { apiErrorOf } from '../../lib/http';
import { useSources } from '../../lib/queries';
import { sourceAnchor } from '../../lib/sourceAnchor';
import type { GuidanceItem } from '../../lib/types';
import './sources.css';

/**
 * `/sources`: the seed guidance items that feedback cites (each with an anchor that feedback links
 * to) and the published references behind them.
 *
 * @example
 * <Route path="/sources" component={SourcesPage} />
 */
export function SourcesPage() {
  const query = useSources();
  useEffect(() => {
    // The page loads after the link was followed, so the browser could not scroll to the anchor itself.
    if (!query.isSuccess || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView();
    target?.focus();
  }, [query.isSuccess]);

  return (
    <>
      <PageHeading title="Sources">Sources</PageHeading>
      <p className="lede">
        Feedback in Doorway cites these items. The guidance items are short paraphrases of the source
        documents; where an item adds a caveat or a fact the document does not state, its text says so and
        names the reference. The references are the published work behind them.
      </p>
      {query.isPending ? <Loading what="the sources" /> : null}
      {query.isError ? <ErrorNotice error={apiErrorOf(query.error)} onRetry={() => query.refetch()} /> : null}
      {query.isSuccess ? (
        <>
          <h2>Guidance</h2>
          {groupBySection(query.data.guidance).map(([section, items]) => (
            <section key={section} aria-label={section}>
              {section ? <h3>{section}</h3> : null}
              <dl className="source-list">
                {items.map((item) => (
                  <div key={item.id} id={sourceAnchor(item.id)} tabIndex={-1} className="source-item">
                    <dt>
                      <code>{item.id}</code>
                    </dt>
                    <dd>
                      {item.text} <span className="muted">(document {item.document})</span>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <h2>Source documents</h2>
          <ul className="source-list">
            {query.data.documents.map((doc) => (
              <li key={doc.id} id={sourceAnchor(`seed-${doc.id}`)} tabIndex={-1} className="source-item">
                <code>{doc.id}</code> <cite>{doc.title}</cite>. {doc.publisher}
              </li>
            ))}
          </ul>
          <h2>References</h2>
          <ul className="source-list">
            {query.data.references.map((ref) => (
              <li key={ref.key} id={sourceAnchor(ref.key)} tabIndex={-1} className="source-item">
                <code>{ref.key}</code> {ref.citation}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function groupBySection(items: GuidanceItem[]): [string, GuidanceItem[]][] {
  const groups = new Map<string, GuidanceItem[]>();
  for (const item of items) {
    const key = item.section ?? '';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()];
}
