import { useStepOut } from '../../lib/stepOut';

/**
 * The always-visible "Step out" control in the header.
 *
 * @example
 * <StepOutButton />
 */
export function StepOutButton() {
  const { open, setOpen } = useStepOut();
  return (
    <button
      type="button"
      className="button button--step-out"
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={() => setOpen(true)}
    >
      Step out
    </button>
  );
}
