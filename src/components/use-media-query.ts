// Follows a CSS media query, for the few layout choices that charts must make in JavaScript. One MediaQueryList per
// query, and one subscribe function per query: a new one each render made React subscribe again on every render,
// and matchMedia was called on every render of every card.
import { useSyncExternalStore } from 'react';

interface Follower {
  subscribe: (onChange: () => void) => () => void;
  matches: () => boolean;
}

const followers = new Map<string, Follower>();

function followerOf(query: string): Follower {
  let follower = followers.get(query);
  if (!follower) {
    const list = window.matchMedia(query);
    follower = {
      subscribe: (onChange) => {
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      },
      matches: () => list.matches,
    };
    followers.set(query, follower);
  }
  return follower;
}

const never = () => false;
const noSubscription = () => () => {};

export function useMediaQuery(query: string): boolean {
  const follower = typeof window === 'undefined' ? undefined : followerOf(query);
  return useSyncExternalStore(follower?.subscribe ?? noSubscription, follower?.matches ?? never, never);
}
