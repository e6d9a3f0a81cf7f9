import { useEffect, useRef } from 'react';

/**
 * After a refused submit, moves the focus to the first field marked invalid, so that
 * keyboard and screen-reader users land on what to fix. Give the ref to the form.
 */
export function useFocusFirstInvalid(errors: Record<string, string | undefined>) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}
