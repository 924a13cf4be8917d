import { reportingMessages } from './reporting.messages';

describe('reporting messages', () => {
  it('define the same keys in Indonesian and English', () => {
    expect(Object.keys(reportingMessages.en).sort()).toEqual(Object.keys(reportingMessages.id).sort());
  });
});
