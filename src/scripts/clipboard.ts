/** Copying to the clipboard, with a confirmation people can see and screen readers hear. */

export interface CopyStrings {
  /** Shown on the button for a moment: "Copied". */
  copied: string;
  /** Announced in the live region after a copy. */
  done: string;
  /** Shown and announced when the browser refused the copy. */
  failed: string;
}

/**
 * Copies text and says so twice: in the live region `status` for screen readers, and on the button
 * itself for a couple of seconds, since a status line out of sight is no confirmation for the eye.
 */
export async function copyWithConfirmation(text: string, button: HTMLButtonElement, strings: CopyStrings, status: HTMLElement | null) {
  let ok = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    ok = false;
  }
  if (status) status.textContent = ok ? strings.done : strings.failed;
  const label = button.querySelector<HTMLElement>('.copy-label') ?? button;
  const before = label.textContent;
  button.dataset.copied = ok ? 'yes' : 'no';
  label.textContent = ok ? strings.copied : strings.failed;
  setTimeout(() => {
    label.textContent = before;
    delete button.dataset.copied;
  }, 4000);
}
