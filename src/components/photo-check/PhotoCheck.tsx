import { useCallback, useEffect, useImperativeHandle, useRef, useState, type DragEvent, type Ref } from 'react';
import type { PhotoCheckDone } from '../../workers/photo-check-messages.ts';
import type { PhotoErrorCode } from '../../protocol/messages.ts';
import { FILE_NOTES } from '../../workers/photo-file/file-problems.ts';
import { CheckList } from './CheckList.tsx';
import { VERDICT_HEADLINES } from './labels.ts';
import { PhotoPicker, type PhotoPickerHandle } from './PhotoPicker.tsx';
import { PhotoPreview } from './PhotoPreview.tsx';
import { createPhotoChecker, type PhotoChecker } from './photo-worker.ts';
import { StatusIcon } from './StatusIcon.tsx';
import './photo-check.css';

export interface PhotoCheckProps {
  /** Reason id → link to the article that explains it (from `getReasonLinks`). */
  reasonLinks: Readonly<Record<string, string>>;
  /** Shown alone in an iframe: article links open in a new tab. */
  embedded?: boolean;
  /** Told about every outcome (the embed page forwards them to the host). */
  onOutcome?: (outcome: PhotoCheckOutcome) => void;
  ref?: Ref<PhotoCheckHandle>;
}

/** For the embed page: checks a photo the host page handed over, as if the user had picked it. */
export interface PhotoCheckHandle {
  check(photo: Blob): void;
}

export type PhotoCheckOutcome =
  | { kind: 'result'; reply: PhotoCheckDone; totalMs: number }
  | { kind: 'error'; code: PhotoErrorCode; message: string };

/** `run` counts the photos chosen so far; a test or benchmark waits for its run to finish. */
type State = { run: number } & (
  | { phase: 'idle' }
  | { phase: 'working'; converting: boolean }
  | { phase: 'result'; reply: PhotoCheckDone; totalMs: number }
  | { phase: 'error'; code: PhotoErrorCode; message: string }
);

function seconds(ms: number): string {
  return ms < 100 ? 'under 0.1 s' : `${(ms / 1000).toFixed(1)} s`;
}

/** Checks a document photo on the device: pick, drop or paste a photo, see what would get it rejected. */
export function PhotoCheck({ reasonLinks, embedded = false, onOutcome, ref }: PhotoCheckProps) {
  const [state, setState] = useState<State>({ run: 0, phase: 'idle' });
  const checker = useRef<PhotoChecker | null>(null);
  const latest = useRef(0);
  const pickerRef = useRef<PhotoPickerHandle>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const headlineRef = useRef<HTMLHeadingElement>(null);

  // Keyboard and screen-reader users land on the outcome, unless they were busy elsewhere on the page.
  const finished = state.phase === 'result' || state.phase === 'error';
  useEffect(() => {
    if (!finished) return;
    const active = document.activeElement;
    if (!active || active === document.body || sectionRef.current?.contains(active)) headlineRef.current?.focus();
  }, [finished, state.run]);

  // The worker starts with the page, so that its code is loaded before any photo is chosen.
  useEffect(() => {
    const started = createPhotoChecker();
    checker.current = started;
    return () => started.dispose();
  }, []);

  const checkFile = useCallback(
    async (file: Blob) => {
      const chosenAt = performance.now();
      const run = ++latest.current;
      setState({ run, phase: 'working', converting: false });
      checker.current ??= createPhotoChecker();
      const reply = await checker.current.check(file, () => {
        if (run === latest.current) setState({ run, phase: 'working', converting: true });
      });
      if (run !== latest.current) {
        // A newer photo was chosen meanwhile: this answer is stale.
        if (reply.kind === 'result') reply.preview.close();
        return;
      }
      const outcome: PhotoCheckOutcome =
        reply.kind === 'result'
          ? { kind: 'result', reply, totalMs: performance.now() - chosenAt }
          : { kind: 'error', code: reply.code, message: reply.message };
      setState(
        outcome.kind === 'result'
          ? { run, phase: 'result', reply: outcome.reply, totalMs: outcome.totalMs }
          : { run, phase: 'error', code: outcome.code, message: outcome.message },
      );
      onOutcome?.(outcome);
    },
    [onOutcome],
  );

  useImperativeHandle(ref, () => ({ check: (photo) => void checkFile(photo) }), [checkFile]);

  // Paste a photo anywhere on the page (a screenshot, or a photo copied from the gallery).
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = event.clipboardData?.files[0];
      if (!file) return;
      event.preventDefault();
      void checkFile(file);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [checkFile]);

  const [dragging, setDragging] = useState(false);
  const dropHandlers = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (file) void checkFile(file);
    },
  };

  const announcement =
    state.phase === 'working'
      ? state.converting
        ? 'Converting the iPhone photo (HEIC) on this device…'
        : 'Checking your photo…'
      : state.phase === 'result'
        ? state.reply.analysis.summary
        : state.phase === 'error'
          ? state.message
          : '';

  return (
    <section
      ref={sectionRef}
      className={dragging ? 'pc pc--dragging' : 'pc'}
      data-state={state.phase}
      data-run={state.run}
      aria-label="Document photo checker"
      {...dropHandlers}
    >
      <PhotoPicker ref={pickerRef} onFile={checkFile} compact={state.phase !== 'idle'} />

      <p className="pc-visually-hidden" aria-live="polite" data-testid="pc-announcement">
        {announcement}
      </p>

      {state.phase === 'working' && (
        <div className="pc-working">
          <span className="pc-spinner" aria-hidden="true" />
          <span>
            {state.converting
              ? 'Converting the iPhone photo (HEIC) on this device. The first one takes a few seconds…'
              : 'Checking your photo on this device…'}
          </span>
        </div>
      )}

      {state.phase === 'error' && (
        <div className="pc-outcome pc-outcome--error" data-code={state.code}>
          <h2 className="pc-outcome__headline" ref={headlineRef} tabIndex={-1}>
            <StatusIcon status="fail" />
            <span>This file could not be checked.</span>
          </h2>
          <p className="pc-outcome__message">{state.message}</p>
        </div>
      )}

      {state.phase === 'result' && (
        <div
          className="pc-outcome"
          data-verdict={state.reply.analysis.verdict}
          data-total-ms={Math.round(state.totalMs)}
          data-decode-ms={Math.round(state.reply.timings.decodeMs)}
          data-analysis-ms={Math.round(state.reply.timings.analysisMs)}
        >
          <h2 className={`pc-outcome__headline pc-outcome__headline--${state.reply.analysis.verdict}`} ref={headlineRef} tabIndex={-1}>
            <StatusIcon status={state.reply.analysis.verdict} />
            <span>{VERDICT_HEADLINES[state.reply.analysis.verdict]}</span>
          </h2>
          {state.reply.notes.map((note) => (
            <p key={note} className="pc-outcome__note" data-note={note}>
              {FILE_NOTES[note]}
            </p>
          ))}
          <div className="pc-outcome__layout">
            <PhotoPreview key={state.run} bitmap={state.reply.preview} analysis={state.reply.analysis} />
            <CheckList checks={state.reply.analysis.checks} reasonLinks={reasonLinks} linksInNewTab={embedded} />
          </div>
          <p className="pc-outcome__privacy">
            Checked on this device in {seconds(state.totalMs)}. Your photo was not uploaded or stored.
          </p>
        </div>
      )}

      {finished && (
        <button type="button" className="pc-button pc-button--secondary" onClick={() => pickerRef.current?.open()}>
          Try another photo
        </button>
      )}
    </section>
  );
}
