import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { navigate } from './navigation';

// React 19 passes `ref` as a prop, so it reaches the anchor with the rest.
type LinkProps = Omit<ComponentPropsWithRef<'a'>, 'href'> & { to: string };

/** An ordinary link that changes page without reloading; modified clicks keep browser behaviour. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const opensElsewhere = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || opensElsewhere) return;
    event.preventDefault();
    navigate(to);
  }
  return <a href={to} onClick={handleClick} {...rest} />;
}
