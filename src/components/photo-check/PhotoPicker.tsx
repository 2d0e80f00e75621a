import { useEffect, useImperativeHandle, useRef, type ChangeEvent, type Ref } from 'react';
import { MAX_FILE_BYTES } from '../../workers/photo-file/limits.ts';

export interface PhotoPickerHandle {
  /** Opens the file chooser (from a button press). */
  open(): void;
}

interface Props {
  ref?: Ref<PhotoPickerHandle>;
  onFile(file: File): void;
  /** After a first photo: the buttons give way to "Try another photo", the inputs stay. */
  compact: boolean;
}

/**
 * Two real file inputs styled as buttons: "Choose a photo" (any picture) and, on touch screens,
 * "Take a photo" (opens the back camera).
 */
export function PhotoPicker({ ref, onFile, compact }: Props) {
  const chooseRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ open: () => chooseRef.current?.click() }), []);

  const take = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again runs the check again.
    input.value = '';
    if (file) onFile(file);
  };
  const pick = (event: ChangeEvent<HTMLInputElement>) => take(event.currentTarget);

  // A photo chosen on a slow connection, before this script ran, is checked as soon as it runs.
  const cameraRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    for (const input of [chooseRef.current, cameraRef.current]) {
      if (input?.files?.length) take(input);
    }
    // Once, when the island takes over the page's HTML.
  }, []);

  return (
    <div className={compact ? 'pc-picker pc-picker--compact' : 'pc-picker'}>
      <p className="pc-picker__lead pc-picker__lead--pointer">Drop a photo of your document here, paste it, or:</p>
      <p className="pc-picker__lead pc-picker__lead--touch">Take a photo of your document, or choose one you already have:</p>
      <div className="pc-picker__buttons">
        <label className="pc-button">
          <input ref={chooseRef} className="pc-picker__input" type="file" accept="image/*" onChange={pick} data-testid="pc-choose" />
          <span>Choose a photo</span>
        </label>
        <label className="pc-button pc-button--camera">
          <input
            ref={cameraRef}
            className="pc-picker__input"
            type="file"
            accept="image/*"
            capture="environment"
            onChange={pick}
            data-testid="pc-camera"
          />
          <span>Take a photo</span>
        </label>
      </div>
      <p className="pc-picker__hint">
        JPEG, PNG, HEIC or WebP, up to {MAX_FILE_BYTES / 1_000_000} MB. The photo stays on your device: nothing is uploaded.
      </p>
    </div>
  );
}
