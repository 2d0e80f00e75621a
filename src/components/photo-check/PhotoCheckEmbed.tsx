import { useCallback, useEffect } from 'react';
import { announceReady, postToHost, watchHeight } from '../embed/widget-messaging.ts';
import { hostMessageFor } from './host-messages.ts';
import { PhotoCheck, type PhotoCheckOutcome } from './PhotoCheck.tsx';

/** The photo checker alone in an iframe: tells the host page when it is ready, its height, and every outcome. */
export function PhotoCheckEmbed({ reasonLinks }: { reasonLinks: Readonly<Record<string, string>> }) {
  useEffect(() => {
    announceReady('photo-check');
    return watchHeight();
  }, []);
  const onOutcome = useCallback((outcome: PhotoCheckOutcome) => postToHost(hostMessageFor(outcome)), []);
  return <PhotoCheck reasonLinks={reasonLinks} embedded onOutcome={onOutcome} />;
}
