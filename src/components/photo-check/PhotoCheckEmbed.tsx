import { useCallback, useEffect, useRef } from 'react';
import { MESSAGE_TYPES } from '../../protocol/constants.ts';
import { announceReady, onHostMessage, postToHost, watchHeight } from '../embed/widget-messaging.ts';
import { hostMessageFor } from './host-messages.ts';
import { PhotoCheck, type PhotoCheckHandle, type PhotoCheckOutcome } from './PhotoCheck.tsx';

/**
 * The photo checker alone in an iframe: tells the host page when it is ready, its height, and
 * every outcome. The host may also hand it a photo with a `kyc:photo-check:check` message.
 */
export function PhotoCheckEmbed({ reasonLinks }: { reasonLinks: Readonly<Record<string, string>> }) {
  const photoCheck = useRef<PhotoCheckHandle>(null);
  useEffect(() => {
    const stopListening = onHostMessage(MESSAGE_TYPES.photoCheck, (message) => photoCheck.current?.check(message.photo));
    announceReady('photo-check');
    const stopWatching = watchHeight();
    return () => {
      stopListening();
      stopWatching();
    };
  }, []);
  const onOutcome = useCallback((outcome: PhotoCheckOutcome) => postToHost(hostMessageFor(outcome)), []);
  return <PhotoCheck ref={photoCheck} reasonLinks={reasonLinks} embedded onOutcome={onOutcome} />;
}
