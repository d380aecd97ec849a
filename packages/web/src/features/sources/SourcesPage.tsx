import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { apiErrorOf } from '../../lib/http';
import { useSources } from '../../lib/queries';
import { sourceAnchor } from '../../lib/sourceAnchor';
import type { GuidanceItem } from '../../lib/types';
import './sources.css';
import { useT } from '../../i18n/i18n';

/**
 * `/sources`: the seed guidance items that feedback cites (each with an anchor that feedback links
 * to) and the published references behind them. Guidance comes in the interface language where
 * translated; each text carries the `lang` it is really in, and published titles and citations stay English.
 *
 * @example
 * <Route path="/sources" component={SourcesPage} />
 */
export function SourcesPage() {
  const { t, lang } = useT();
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
      <PageHeading title={t('sources.title')}>{t('sources.title')}</PageHeading>
      <p className="lede">{t('sources.lede')}</p>
      {lang !== 'en' ? <p className="muted">{t('sources.inEnglish')}</p> : null}
      {query.isSuccess && query.data.guidance.some((g) => g.lang !== lang) ? (
        <p className="muted">{t('sources.someUntranslated')}</p>
      ) : null}
      {query.isPending ? <Loading what={t('sources.loading')} /> : null}
      {query.isError ? <ErrorNotice error={apiErrorOf(query.error)} onRetry={() => query.refetch()} /> : null}
      {query.isSuccess ? (
        <>
          <h2>{t('sources.guidance')}</h2>
          {groupBySection(query.data.guidance).map(([section, items]) => (
            <section key={section} aria-label={section} lang={items[0]?.sectionLang}>
              {section ? <h3>{section}</h3> : null}
              <dl className="source-list">
                {items.map((item) => (
                  <div key={item.id} id={sourceAnchor(item.id)} tabIndex={-1} className="source-item">
                    <dt>
                      <code>{item.id}</code>
                    </dt>
                    <dd>
                      <span lang={item.lang}>{item.text}</span>{' '}
                      <span className="muted" lang={lang}>
                        {t('sources.document', { id: item.document })}
                      </span>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <h2>{t('sources.documents')}</h2>
          <ul className="source-list">
            {query.data.documents.map((doc) => (
              <li key={doc.id} id={sourceAnchor(`seed-${doc.id}`)} tabIndex={-1} className="source-item">
                <code>{doc.id}</code>{' '}
                <span lang="en">
                  <cite>{doc.title}</cite>. {doc.publisher}
                </span>
              </li>
            ))}
          </ul>
          <h2>{t('sources.references')}</h2>
          <ul className="source-list">
            {query.data.references.map((ref) => (
              <li key={ref.key} id={sourceAnchor(ref.key)} tabIndex={-1} className="source-item">
                <code>{ref.key}</code> <span lang="en">{ref.citation}</span>
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
