import { useT } from '../i18n/i18n';

/**
 * A scenario's content notes, shown before anyone starts it.
 *
 * @example
 * <ContentNotes notes={['labor exploitation']} />
 */
export function ContentNotes({ notes, lang }: { notes: string[]; lang?: string | undefined }) {
  const { t } = useT();
  if (notes.length === 0) return null;
  return (
    <p className="content-notes">
      <span className="content-notes__label">{t('common.contentNotes')}</span>{' '}
      <span lang={lang}>{notes.join('; ')}</span>
    </p>
  );
}
