import type { Verdict } from '@doorway/engine';
import './VerdictBadge.css';
import { useT } from '../i18n/i18n';

const icons: Record<Verdict, string> = { best: '✓', acceptable: '◐', harmful: '✕' };

/**
 * A verdict as icon and word (never colour alone), with "critical error" named when it is one.
 *
 * @example
 * <VerdictBadge verdict="harmful" critical />
 */
export function VerdictBadge({ verdict, critical = false }: { verdict: Verdict; critical?: boolean }) {
  const { t } = useT();
  const icon = icons[verdict];
  const word = t(`verdict.${verdict}`);
  return (
    <span className={`verdict verdict--${verdict}`}>
      <span className="verdict__icon" aria-hidden="true">
        {icon}
      </span>{' '}
      {word}
      {critical ? <span className="verdict__critical">{t('verdict.critical')}</span> : null}
    </span>
  );
}
