import type { Bank } from './phrases.ts';

/** English: a calmed customer taking up what was done, and checking nothing is left for them. */
export const EN_CALM = {
  closingCheck: {
    any: [
      "So I don't need to do anything else on my side?",
      'So I just wait now, nothing else I have to do?',
    ],
    curt: ['Nothing else for me to do, right?', 'So I just wait?'],
    formal: ['So there is nothing further I need to do myself?'],
  },
  thanksReturn: {
    any: ['Great, thanks for putting the return through.', "Good, the return's in then. Thanks for that."],
    curt: ['Return done, good. Thanks.'],
    formal: ['Thank you for submitting the return for me.'],
  },
  thanksPickup: {
    any: ['Thanks for booking the pickup, that saves me a trip.', "Good, the courier's booked then. Thanks."],
    curt: ['Pickup booked, good.'],
    formal: ['Thank you for arranging the collection.'],
  },
  thanksEscalated: {
    any: [
      'Thanks for escalating it. That was all I wanted.',
      'Good, at least someone will chase it now. Thanks.',
    ],
    curt: ['Escalated. Good. Thanks.'],
    formal: ['Thank you for escalating it, I appreciate that.'],
  },
  thanksLocked: {
    any: ['Thanks for locking it, I feel a lot safer.', 'Okay, with the card locked I can breathe. Thanks.'],
    curt: ['Locked. Good, thanks.'],
    formal: ['Thank you for securing the card so quickly.'],
  },
  thanksUnlocked: {
    any: ["Thanks for unlocking it, that's a relief.", 'Great, so it works again. Thanks for sorting it.'],
    curt: ['Unlocked, good. Thanks.'],
    formal: ['Thank you for restoring access.'],
  },
  thanksReview: {
    any: [
      "Thanks for logging the review. I'll wait to hear back.",
      "Okay, the review's in. Thanks for that.",
    ],
    curt: ['Review logged, fine. Thanks.'],
    formal: ['Thank you for logging the review request.'],
  },
  thanksDone: {
    any: ['Thanks for sorting that out for me.', "Good, that's done then. Thank you."],
    curt: ['Done, good. Thanks.'],
    formal: ['Thank you for taking care of it.'],
  },
} satisfies Record<string, Bank>;
