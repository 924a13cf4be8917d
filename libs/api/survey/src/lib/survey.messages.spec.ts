import { surveyMessages } from './survey.messages';

describe('survey messages', () => {
  it('define the same keys in Indonesian and English', () => {
    expect(Object.keys(surveyMessages.en).sort()).toEqual(Object.keys(surveyMessages.id).sort());
  });
});
