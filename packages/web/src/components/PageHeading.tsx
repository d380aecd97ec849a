import { type ReactNode, useEffect, useRef } from 'react';

let firstPage = true;

/**
 * A page's h1. After an in-app navigation it takes focus, so screen-reader and keyboard users start
 * at the top of the new page; on the first load focus stays where the browser put it.
 *
 * @example
 * <PageHeading>Sources</PageHeading>
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string | undefined }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (title) document.title = `${title} · Doorway`;
  }, [title]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
