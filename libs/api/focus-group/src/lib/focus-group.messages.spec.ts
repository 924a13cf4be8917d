import { focusGroupMessages } from './focus-group.messages';

describe('focus group messages', () => {
  it('define the same keys in Indonesian and English', () => {
    expect(Object.keys(focusGroupMessages.en).sort()).toEqual(Object.keys(focusGroupMessages.id).sort());
  });
});
