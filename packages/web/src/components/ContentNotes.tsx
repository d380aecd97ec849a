import { Fragment } from 'react';
import { useT } from '../i18n/i18n';

/**
 * A scenario's content notes, shown before anyone starts it. `noteLang` gives each note's language
 * (a translated scenario may still have one in English).
 *
 * @example
 * <ContentNotes notes={['labor exploitation']} noteLang={() => 'en'} />
 */
export function ContentNotes({
  notes,
  noteLang = () => 'en',
}: {
  notes: string[];
  noteLang?: (index: number) => string;
}) {
  const { t } = useT();
  if (notes.length === 0) return null;
  return (
    <p className="content-notes">
      <span className="content-notes__label">{t('common.contentNotes')}</span>{' '}
      {notes.map((note, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: notes are fixed text in a fixed order
        <Fragment key={i}>
          {i > 0 ? '; ' : null}
          <span lang={noteLang(i)}>{note}</span>
        </Fragment>
      ))}
    </p>
  );
}
