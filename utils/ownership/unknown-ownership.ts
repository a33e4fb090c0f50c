import type { Ownership, Reason } from './ownership';
import type { Topic } from './topic';

/** The topic as an answer states it: the title, the wiki, and what it was reached through. */
export function topicOf(topic: Topic): Ownership['topic'] {
  return {
    title: topic.title,
    host: topic.host,
    ...(topic.translationOf === null ? {} : { translationOf: topic.translationOf }),
    ...(topic.redirectedFrom === null ? {} : { redirectedFrom: topic.redirectedFrom }),
  };
}

/** An answer that names no owner: the topic and the reasons why, nothing else. */
export function unknownOwnership(topic: Ownership['topic'], refinedWithFacts: boolean, reasons: Reason[]): Ownership {
  return {
    topic,
    status: 'unknown',
    owner: null,
    runBy: null,
    department: null,
    chain: [],
    successorMap: null,
    match: null,
    confidence: 'unknown',
    certainty: 'unknown',
    reasons,
    teamPage: null,
    contacts: [],
    programmes: [],
    liaisons: [],
    sources: [],
    refinedWithFacts,
  };
}
