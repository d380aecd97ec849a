/**
 * A quiet loading line, announced politely.
 *
 * @example
 * <Loading what="the scenarios" />
 */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
