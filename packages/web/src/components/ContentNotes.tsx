/**
 * A scenario's content notes, shown before anyone starts it.
 *
 * @example
 * <ContentNotes notes={['labor exploitation']} />
 */
export function ContentNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <p className="content-notes">
      <span className="content-notes__label">Content notes:</span> {notes.join('; ')}
    </p>
  );
}
