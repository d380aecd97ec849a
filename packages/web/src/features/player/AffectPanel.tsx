import { useT } from '../../i18n/i18n';

/**
 * Coach mode's optional "What might she be feeling?" panel: the survivor's state in words, never
 * numbers, closed until the trainee asks.
 *
 * @example
 * <AffectPanel name="Ixchel" describe="Guarded: she answers briefly and watches Rosa." />
 */
export function AffectPanel({
  name,
  describe,
  lang = 'en',
}: {
  name?: string | undefined;
  describe: string;
  /** The language of `describe` (the run's, or English where not translated). */
  lang?: string;
}) {
  const { t } = useT();
  return (
    <details className="affect">
      <summary>{name ? t('player.feeling', { name }) : t('player.feelingShe')}</summary>
      <p lang={lang}>{describe}</p>
    </details>
  );
}
