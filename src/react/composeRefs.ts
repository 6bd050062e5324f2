import * as React from 'react';

/**
 * One callback ref that sets every given ref: the caller's (a function or an object, React 18 and 19
 * alike) and the component's own. Each component that needs its root for itself (focus, announcing)
 * and forwards it too uses this, never `useImperativeHandle`, so the caller's ref gets the element
 * itself, at the same moment the component does. Kept stable while the refs are the same: a new
 * callback ref on every render would make React detach and re-attach it each time.
 */
export const useComposedRefs = <T>(
  first: React.Ref<T> | undefined,
  second: React.Ref<T> | undefined,
): React.RefCallback<T> =>
  React.useCallback(
    (node: T | null) => {
      setRef(first, node);
      setRef(second, node);
    },
    [first, second],
  );

/** Sets one ref of either kind; a ref is written when React attaches or detaches the element, never during render. */
function setRef<T>(ref: React.Ref<T> | undefined, node: T | null) {
  if (typeof ref === 'function') ref(node);
  else if (ref) (ref as React.MutableRefObject<T | null>).current = node;
}
