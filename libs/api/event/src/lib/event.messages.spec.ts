import { eventMessages } from './event.messages';

describe('event messages', () => {
  it('define the same keys in Indonesian and English', () => {
    expect(Object.keys(eventMessages.en).sort()).toEqual(Object.keys(eventMessages.id).sort());
  });
});
