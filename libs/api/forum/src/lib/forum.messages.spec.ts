import { forumMessages } from './forum.messages';

describe('forum messages', () => {
  it('define the same keys in Indonesian and English', () => {
    expect(Object.keys(forumMessages.en).sort()).toEqual(Object.keys(forumMessages.id).sort());
  });
});
