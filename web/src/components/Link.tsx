import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../router';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An in-app link: a real <a href> (open in new tab works) that navigates without reload. */
export function Link({ href, onClick, ...rest }: Props) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
