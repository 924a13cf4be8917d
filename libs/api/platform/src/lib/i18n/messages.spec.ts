import { localeFromAcceptLanguage, translate } from './messages';
import { platformMessages } from './platform.messages';

describe('server messages', () => {
  it('define the same keys in Indonesian and English', () => {
    expect(Object.keys(platformMessages.en).sort()).toEqual(Object.keys(platformMessages.id).sort());
  });

  it('fill parameters', () => {
    expect(translate('id', 'validation.tooShort', { field: 'Kata sandi', minimum: 10 })).toBe(
      'Kata sandi minimal 10 karakter.',
    );
  });

  it.each([
    [undefined, 'id'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr-FR, en;q=0.5', 'en'],
    ['en;q=0.4, id;q=0.8', 'id'],
    ['de', 'id'],
  ])('picks the language of "%s"', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
