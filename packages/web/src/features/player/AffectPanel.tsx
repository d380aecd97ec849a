/**
 * Coach mode's optional "What might she be feeling?" panel: the survivor's state in words, never
 * numbers, closed until the trainee asks.
 *
 * @example
 * <AffectPanel name="Ixchel" describe="Guarded: she answers briefly and watches Rosa." />
 */
export function AffectPanel({ name, describe }: { name?: string | undefined; describe: string }) {
  return (
    <details className="affect">
      <summary>What might {name ?? 'she'} be feeling?</summary>
      <p>{describe}</p>
    </details>
  );
}
