import { useT } from '../../i18n/i18n';
import { useStepOut } from '../../lib/stepOut';

/**
 * The always-visible "Step out" control in the header.
 *
 * @example
 * <StepOutButton />
 */
export function StepOutButton() {
  const { t } = useT();
  const { open, setOpen } = useStepOut();
  return (
    <button
      type="button"
      className="button button--step-out"
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={() => setOpen(true)}
    >
      {t('stepOut.button')}
    </button>
  );
}
