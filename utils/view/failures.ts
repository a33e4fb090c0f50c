import type { PageReport } from '../report/page-report';
import type { WikiApiFailure } from '../wiki-api/errors';
import { message, type MessageSpec } from './message-spec';
import { formatDate } from './relative-time';

type DataPart = PageReport['failures'][number]['part'];

/** A failure in the user's words: what went wrong, not how. */
export function failureMessage(failure: WikiApiFailure, language: string): MessageSpec {
  switch (failure.reason) {
    case 'offline':
      return message('wayfinder-failure-offline');
    case 'timeout':
      return message('wayfinder-failure-timeout');
    case 'rate-limited':
      return message('wayfinder-failure-rate-limited', formatDate(failure.until, language));
    case 'wiki-error':
      return message('wayfinder-failure-wiki-error', failure.text);
    case 'invalid-answer':
      return message('wayfinder-failure-invalid-answer');
    case 'http':
      return message('wayfinder-failure-http', failure.status);
    case 'aborted':
      return message('wayfinder-failure-aborted');
  }
}

export function dataPartMessage(part: DataPart): MessageSpec {
  return message(`wayfinder-part-${part}`);
}
