import { cx } from './dom';

/**
 * The attributes of a component's parts: `data-slot` with the part's name, the kit's class for it
 * (`aek-notice__title`; none when unstyled) and the app's from `classNames` (and `className` on the
 * root). One function for every part of every component, so the name a part is styled by and the
 * name it is marked with cannot drift apart.
 */
export const slotAttributes =
  (block: string, unstyled: unknown, classNames: Partial<Record<string, string>>, className?: string) =>
  (slot: string, kitClass: string | false = slot === 'root' ? block : `${block}__${slot}`) => ({
    'data-slot': slot,
    className: cx(!unstyled && kitClass, slot === 'root' && className, classNames[slot]),
  });
